// Test support: scenario texts by hash, as Redis holds them for a worker, without a Redis.
import { scenarioSha256, type ScenarioSource } from './scenario-store.ts';

/** A `ScenarioSource` over `texts` (kept by their hashes) that records each hash it is asked for. */
export function scenarioSource(texts: readonly string[] | ReadonlyMap<string, string>): { fetch: ScenarioSource; fetched: string[] } {
  const byHash = Array.isArray(texts) ? new Map(texts.map((text) => [scenarioSha256(text), text])) : (texts as ReadonlyMap<string, string>);
  const fetched: string[] = [];
  const fetch: ScenarioSource = async (hash) => {
    fetched.push(hash);
    const text = byHash.get(hash);
    if (text === undefined) throw new Error(`its scenario ${hash.slice(0, 12)}… is not in Redis`);
    return text;
  };
  return { fetch, fetched };
}
