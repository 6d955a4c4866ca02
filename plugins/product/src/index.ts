export { productPlugin as default, productPlugin } from './plugin.js';
export { productTemplate, detectProduct } from './templates/product.js';
export {
  productHtmlRenderer,
  productJsonRenderer,
  readProductData,
  type AssessedCell,
  type LicenseAuditEntry,
  type ProductData,
  type SpikeData,
} from './renderers/index.js';
