import { RuleTester } from '@specloom/testing';
import { productPlugin } from '../src/plugin.js';
import { productTemplate } from '../src/templates/product.js';

/** The date every product test runs on (fixtures are dated before it). */
export const TODAY = '2026-11-22';

/** Rule tests run each case through the engine and the remark preset, with the plugin's source and real template. */
export const tester = new RuleTester({ plugin: productPlugin, template: productTemplate, today: TODAY });
