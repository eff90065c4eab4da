import { describe, expect, it } from 'vitest';
import { i18n } from '@client/i18n';
import { describeChange, type ConfiguratorSnapshot } from './describeChange';

const t = (key: string, params: Record<string, string | number>) => i18n.global.t(key, params);
const NAMES: Record<string, string> = {
  hafer: 'Haferflocken',
  apfel: 'Apfelstücke',
  cranberries: 'Cranberries',
  datteln: 'Datteln',
  feigen: 'Feigen',
  mango: 'Mango',
};
const name = (id: string) => NAMES[id] ?? id;

function snap(over: Partial<ConfiguratorSnapshot> = {}): ConfiguratorSnapshot {
  return {
    quantities: new Map([['hafer', 4]]),
    blocked: new Map(),
    capacities: new Map([['bag', 'Beutel: 300 g von 575 g']]),
    price: '3,39 €',
    problems: [],
    valid: true,
    ...over,
  };
}

describe('describeChange', () => {
  it('says in one sentence what a click changed: quantity, capacity, price, what is no longer available', () => {
    const before = snap();
    const after = snap({
      quantities: new Map([
        ['hafer', 4],
        ['apfel', 1],
      ]),
      capacities: new Map([['bag', 'Beutel: 320 g von 575 g']]),
      price: '3,84 €',
      blocked: new Map([['cranberries', 'Höchstens 5 aus „Früchte“']]),
    });
    expect(describeChange(before, after, name, t, 'und')).toBe(
      'Apfelstücke: 1; Beutel: 320 g von 575 g; Preis 3,84 €; Cranberries nicht mehr verfügbar: Höchstens 5 aus „Früchte“',
    );
  });

  it('groups many options under their shared reason instead of one phrase per tile', () => {
    const reason = 'Beutel ist voll';
    const blocked = new Map(['apfel', 'cranberries', 'datteln', 'feigen', 'mango'].map((id) => [id, reason]));
    const text = describeChange(snap(), snap({ blocked }), name, t, 'und');
    expect(text).toBe('Apfelstücke, Cranberries und 3 weitere nicht mehr verfügbar: Beutel ist voll');
    expect(describeChange(snap({ blocked }), snap(), name, t, 'und')).toBe(
      'Apfelstücke, Cranberries und 3 weitere wieder verfügbar',
    );
  });

  it('names removed options, new problems and completion; nothing when nothing changed', () => {
    const before = snap({ valid: false, problems: ['Wähle etwas aus „Basis“'] });
    const after = snap({ quantities: new Map(), valid: false, problems: ['Wähle etwas aus „Basis“', 'Zu leicht'] });
    expect(describeChange(before, after, name, t, 'und')).toBe('Haferflocken entfernt; Zu leicht');
    expect(describeChange(after, before, name, t, 'und')).toBe('Haferflocken: 4');
    expect(describeChange(snap({ valid: false }), snap(), name, t, 'und')).toBe('Vollständig, kann gespeichert werden');
    expect(describeChange(snap(), snap(), name, t, 'und')).toBe('');
  });
});
