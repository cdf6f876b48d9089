// The adapter of each question type (see ./types.ts). Browser only.
import type { Key } from '../../lib/quiz/key';
import { choice } from './choice';
import { matching } from './matching';
import { ordering } from './ordering';
import { scenario } from './scenario';
import type { QuestionType } from './types';

const adapters: { [T in Key['type']]: QuestionType<Extract<Key, { type: T }>> } = {
  single: choice,
  multiple: choice,
  truefalse: choice,
  scenario,
  matching,
  ordering,
};

/** The adapter for `key`'s question type. */
export function adapterFor<K extends Key>(key: K): QuestionType<K> {
  return adapters[key.type] as unknown as QuestionType<K>;
}
