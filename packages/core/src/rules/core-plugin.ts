import type { SpecloomPlugin } from '../types/plugin.js';
import idDuplicate from './id-duplicate.js';
import idUndefined from './id-undefined.js';
import idUniqueWorkspace from './id-unique-workspace.js';
import linkRelative from './link-relative.js';
import metadataDate from './metadata-date.js';
import metadataDateOrder from './metadata-date-order.js';
import metadataEnum from './metadata-enum.js';
import metadataPattern from './metadata-pattern.js';
import metadataRequired from './metadata-required.js';
import metadataUnknown from './metadata-unknown.js';
import placeholder from './placeholder.js';
import sectionEmpty from './section-empty.js';
import sectionNumbering from './section-numbering.js';
import sectionOrder from './section-order.js';
import sectionRequired from './section-required.js';
import statusChecklists from './status-checklists.js';
import tableColumns from './table-columns.js';
import tableValues from './table-values.js';
import { CORE_RULES_DOCS_URL } from './utils/docs-url.js';

/** Core rules are unprefixed (`section-required`); this name is where messages say they come from. */
export const CORE_PLUGIN_NAME = 'specloom';

/** The generic rules every template gets, driven by its DocumentSchema. */
export const corePlugin: SpecloomPlugin = {
  name: CORE_PLUGIN_NAME,
  docsUrl: CORE_RULES_DOCS_URL,
  rules: {
    'section-required': sectionRequired,
    'section-order': sectionOrder,
    'section-empty': sectionEmpty,
    'section-numbering': sectionNumbering,
    'metadata-required': metadataRequired,
    'metadata-enum': metadataEnum,
    'metadata-date': metadataDate,
    'metadata-date-order': metadataDateOrder,
    'metadata-pattern': metadataPattern,
    'metadata-unknown': metadataUnknown,
    placeholder,
    'table-columns': tableColumns,
    'table-values': tableValues,
    'id-duplicate': idDuplicate,
    'id-undefined': idUndefined,
    'link-relative': linkRelative,
    'id-unique-workspace': idUniqueWorkspace,
    'status-checklists': statusChecklists,
  },
};
