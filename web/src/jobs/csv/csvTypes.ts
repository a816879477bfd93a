import { api } from '../../api/client';
import type { components } from '../../api/schema';
export type CsvImportResult = components['schemas']['ImportResult'];
export type CsvImportRow = components['schemas']['ImportRow'];
export const csvClient = api;
export type CsvClient = typeof csvClient;
