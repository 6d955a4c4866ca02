export { productPlugin as default, productPlugin } from './plugin.js';
export { productTemplate, detectProduct } from './templates/product.js';
