import { later } from './main.js';
export const back = later;
