import { describe, expect, it } from 'vitest';
import { EtHost } from '../../../tests/fakes/et-host.ts';
import { etApplication } from './et-application.ts';

describe('etApplication', () => {
  it('finds WPS on window.Application or wps, under either spelling of CreateTaskPane, and nothing in Excel', () => {
    const { application } = new EtHost();
    expect(etApplication({ Application: application })).toBe(application);
    expect(etApplication({ wps: application })).toBe(application);
    const older = { CreateTaskpane: () => ({ ID: 1, Visible: false }) };
    expect(etApplication({ Application: older })).toBe(older);
    expect(etApplication({ Office: {}, Excel: {} })).toBeNull();
    expect(etApplication({ Application: 'not an object' })).toBeNull();
  });
});
