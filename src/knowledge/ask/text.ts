// Words of a text moved to reconcile/ (conflict rules read them too); re-exported for the answerer.
export * from '../../reconcile/text.js';
