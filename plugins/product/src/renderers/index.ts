export { productHtmlRenderer } from './product-html.js';
export { productJsonRenderer } from './product-json.js';
export {
  readProductData,
  readLicenseAudit,
  readSpikes,
  type AssessedCell,
  type LicenseAuditEntry,
  type ProductData,
  type SpikeData,
} from './product-data.js';
