export { relationshipState, stateAt, checkAt } from './state.js';
export { indicatorSeries, indicatorsOf, seriesOf, scopeOf } from './series.js';
export type { RelationshipState, Series, SeriesPoint, IndicatorSummary, Pair, PartnershipStep, Mechanism, Visit, Agreement } from './types.js';
