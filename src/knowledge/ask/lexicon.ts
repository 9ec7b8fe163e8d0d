// The answerer's words moved to reconcile/ (conflict rules read them too); re-exported for the answerer.
export * from '../../reconcile/ask-lexicon.js';
