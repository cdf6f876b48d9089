// Pass/fail, percentages, per-topic results and learning gain. Shared by server and browser.
import type { ExamResult, TopicResult } from './types';

// Points are sums of fractions (½, ⅓, ¼...), so 0.8 × 10 may come out as 7.999999999. Comparisons allow
// this much slack; no real score difference is that small.
const EPSILON = 1e-9;

/** Whether `points` of `max` reaches `passMark` percent; exactly at the mark passes. */
export function passes(points: number, max: number, passMark: number): boolean {
  if (max <= 0) return false;
  return points * 100 >= passMark * max - EPSILON * max * 100;
}

/**
 * A percentage rounded down to one decimal (a fail never shows as the pass mark: 79.96 → 79.9), with
 * floating-point slack so 80 stays 80.
 */
export function percent(points: number, max: number): number {
  if (max <= 0) return 0;
  return Math.floor((points / max) * 1000 + 1e-6) / 10;
}

/** Points and maximum per topic, in order of first appearance. */
export function topicResults(items: readonly { module: string; points: number }[]): TopicResult[] {
  const byModule = new Map<string, TopicResult>();
  for (const { module, points } of items) {
    const topic = byModule.get(module) ?? { module, points: 0, max: 0 };
    topic.points += points;
    topic.max += 1;
    byModule.set(module, topic);
  }
  // Round away float noise (0.30000000000000004) so stored results read cleanly.
  return [...byModule.values()].map((t) => ({ ...t, points: Math.round(t.points * 1e6) / 1e6 }));
}

/** Topics below the pass mark: what to review. */
export function weakTopics(topics: readonly TopicResult[], passMark: number): TopicResult[] {
  return topics.filter((t) => !passes(t.points, t.max, passMark));
}

export interface TopicGain {
  module: string;
  /** Percent in the pre-test, or null when the topic was not in it. */
  pre: number | null;
  /** Percent in the post-test, or null when the topic was not in it. */
  post: number | null;
}

export interface LearningGain {
  pre: number;
  post: number;
  /** Post minus pre, in percentage points. */
  gain: number;
  topics: TopicGain[];
}

/** Compares a pre-test with a post-test, overall and per topic (post-test topics first). */
export function learningGain(pre: ExamResult, post: ExamResult): LearningGain {
  const modules = [...new Set([...post.topics.map((t) => t.module), ...pre.topics.map((t) => t.module)])];
  const pct = (list: TopicResult[], module: string) => {
    const topic = list.find((t) => t.module === module);
    return topic ? percent(topic.points, topic.max) : null;
  };
  return {
    pre: pre.score,
    post: post.score,
    gain: Math.round((post.score - pre.score) * 10) / 10,
    topics: modules.map((module) => ({ module, pre: pct(pre.topics, module), post: pct(post.topics, module) })),
  };
}

/** Items sorted by the course's module order; modules the order does not know come last, as given. */
export function inCourseOrder<T extends { module: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...items].sort((a, b) => rank(a.module) - rank(b.module));
}
