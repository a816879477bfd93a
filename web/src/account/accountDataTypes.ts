import { api } from '../api/client';
export const accountDataClient = api;
export type AccountDataClient = typeof accountDataClient;
