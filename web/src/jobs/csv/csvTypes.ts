/**
 * TEMPORARY (issue 15): hand-written types of the CSV endpoints, written from the
 * shapes agreed for issue 15 while main's docs/openapi.json does not have them.
 * REPLACE at merge (after `npm run generate` from the merged docs/openapi.json, whose
 * schemas are `ImportResult` and `ImportRow`) with exactly this, and nothing else changes
 * (checked against the csv branch's docs/openapi.json):
 *
 *   import { api } from '../../api/client';
 *   import type { components } from '../../api/schema';
 *   export type CsvImportResult = components['schemas']['ImportResult'];
 *   export type CsvImportRow = components['schemas']['ImportRow'];
 *   export const csvClient = api;
 *   export type CsvClient = typeof csvClient;
 */
import type { Client } from 'openapi-fetch';
import { api } from '../../api/client';
import type { components, paths } from '../../api/schema';

type FieldProblem = components['schemas']['FieldProblem'];
type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };

/** One data row's outcome of `POST /api/jobs/import` (`row`: the record's number in the file, the header being 1). */
export interface CsvImportRow {
  row: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'rejected';
  job_id?: string;
  errors?: FieldProblem[];
}

/** The answer of `POST /api/jobs/import` (a dry run's says what would happen). */
export interface CsvImportResult {
  dry_run: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: CsvImportRow[];
  /** E.g. the unknown columns, which are ignored. */
  warnings: string[];
}

interface CsvPaths {
  '/api/jobs/export.csv': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { from?: string; to?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'text/csv': string } };
        400: ProblemAnswer;
        401: ProblemAnswer;
      };
    };
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/jobs/import': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: {
      parameters: { query?: { dry_run?: boolean }; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'multipart/form-data': { file: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': CsvImportResult } };
        400: ProblemAnswer;
        401: ProblemAnswer;
        413: ProblemAnswer;
      };
    };
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the CSV endpoints too. */
export const csvClient = api as unknown as Client<paths & CsvPaths>;
export type CsvClient = typeof csvClient;
