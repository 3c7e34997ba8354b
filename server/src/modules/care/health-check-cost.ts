/** What one health check costs and who pays it, in fen: exact for any whole-yuan price and whole percent. */
export interface HealthCheckSplit {
  priceFen: number;
  unitShareFen: number;
  cityShareFen: number;
}

/**
 * The split of a package's price (seed 000): the model worker's unit pays `unitSharePercent` of it, the city
 * federation the rest. In fen, price × percent is the unit's share exactly (no rounding), so the two
 * shares always add up to the price.
 */
export function healthCheckSplit(priceYuan: number, unitSharePercent: number): HealthCheckSplit {
  const priceFen = priceYuan * 100;
  const unitShareFen = priceYuan * unitSharePercent;
  return { priceFen, unitShareFen, cityShareFen: priceFen - unitShareFen };
}

/**
 * What the batch's organizer is charged against its care budget for one attended check: the part the unit
 * does not pay. Budgets are kept in whole yuan; a share with fen is charged as the yuan above it, so the
 * budget is never understated.
 */
export function organizerChargeYuan(split: Pick<HealthCheckSplit, 'cityShareFen'>): number {
  return Math.ceil(split.cityShareFen / 100);
}
