import { one } from './lib.js';
import { back } from "./loop.js";
export const later = () => import('./lib.js');
console.log(one, back);
