import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.js';
import { awardRoutes } from './routes/awards.js';
import { schemeRoutes } from './routes/schemes.js';
import { scoringRoutes } from './routes/scoring.js';

/** 考评与评优: schemes, scoring, ballots, results and awards. */
export function assessmentsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    await app.register(schemeRoutes(deps));
    await app.register(scoringRoutes(deps));
    await app.register(awardRoutes(deps));
  };
}
