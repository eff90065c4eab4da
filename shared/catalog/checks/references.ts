/** Checks that ids are unique and that every reference points at something that exists. */
import { finding } from '../catalogMessages';
import { jsonPointer as at } from '../jsonPointer';
import type { Catalog, OptionSelector } from '../types';
import type { CatalogCheck } from './catalogCheck';

type Listed = 'options' | 'groups' | 'rules' | 'textFields';
const LISTS: readonly Listed[] = ['options', 'groups', 'rules', 'textFields'];

/** Ids are unique within their list (an option and a group may share one: selectors say which). */
export const uniqueIds: CatalogCheck = (catalog) =>
  LISTS.flatMap((list) => {
    const first = new Map<string, number>();
    return catalog[list].flatMap(({ id }, index) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      return earlier === undefined
        ? []
        : [finding(at(list, index, 'id'), 'duplicate_id', { id, first: at(list, earlier) })];
    });
  });

/** Every option belongs to a group that exists. */
export const knownGroupIds: CatalogCheck = ({ groups, options }) => {
  const ids = new Set(groups.map((g) => g.id));
  return options.flatMap((o, i) =>
    ids.has(o.groupId) ? [] : [finding(at('options', i, 'groupId'), 'unknown_group', { group: o.groupId })],
  );
};

/** Every group has at least one option, or a shopper would face an empty section. */
export const groupsHaveOptions: CatalogCheck = ({ groups, options }) => {
  const used = new Set(options.map((o) => o.groupId));
  return groups.flatMap((g, i) => (used.has(g.id) ? [] : [finding(at('groups', i), 'group_empty', { group: g.id })]));
};

/** The selectors and group references of each rule, with the path to each. */
function referencesOf(catalog: Catalog): { path: (string | number)[]; selector: OptionSelector }[] {
  return catalog.rules.flatMap((rule, i) => {
    const base = ['rules', i];
    switch (rule.kind) {
      case 'groupCount':
        return [{ path: base, selector: { group: rule.group } }];
      case 'capacity':
        return rule.scope ? [{ path: [...base, 'scope'], selector: rule.scope }] : [];
      case 'excludes':
        return [
          { path: [...base, 'a'], selector: rule.a },
          { path: [...base, 'b'], selector: rule.b },
        ];
      case 'requires':
        return [
          { path: [...base, 'if'], selector: rule.if },
          ...rule.anyOf.map((s, j) => ({ path: [...base, 'anyOf', j], selector: s })),
        ];
      case 'diet':
        return [];
    }
  });
}

/** Rules name options and groups that exist; tags are free, so a tag may match nothing yet. */
export const knownSelectorIds: CatalogCheck = (catalog) => {
  const options = new Set(catalog.options.map((o) => o.id));
  const groups = new Set(catalog.groups.map((g) => g.id));
  return referencesOf(catalog).flatMap(({ path, selector }) => {
    if ('option' in selector && !options.has(selector.option)) {
      return [finding(at(...path, 'option'), 'unknown_option', { option: selector.option })];
    }
    if ('group' in selector && !groups.has(selector.group)) {
      return [finding(at(...path, 'group'), 'unknown_group', { group: selector.group })];
    }
    return [];
  });
};
