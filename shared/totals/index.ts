/** Totals of a design, computed the same way in the browser and on the server. */
export { computeTotals } from './computeTotals';
