/** 考评: schemes, scoring, ballots, results and awards — schemas shared by the server and the web. */
export * from './assessments/awards.js';
export * from './assessments/results.js';
export * from './assessments/schemes.js';
export * from './assessments/scoring.js';
