import { RuleTester } from '@specloom/testing';
import { productPlugin } from '../src/plugin.js';
import { productTemplate } from '../src/templates/product.js';
import { TODAY } from './helpers/lint.js';

/** Rule tests run each case through the engine and the remark preset, with the plugin's source and real template. */
export const tester = new RuleTester({ plugin: productPlugin, template: productTemplate, today: TODAY });
