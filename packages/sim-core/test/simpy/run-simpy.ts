import { spawnSync } from 'node:child_process';

/** Debian's SimPy (python3-simpy3) lives in the system Python, not in a pyenv or venv one first on PATH. */
const PYTHON = '/usr/bin/python3';

/**
 * Runs a SimPy script with the system Python and returns what it printed. Throws, saying how to install
 * it, when SimPy is missing, and with Python's error output when the script fails.
 */
export function runSimPy(script: string): string {
  const run = spawnSync(PYTHON, [script], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.error !== undefined || /No module named '?simpy/.test(run.stderr)) {
    throw new Error(`the SimPy reference needs ${PYTHON} with SimPy: apt-get install python3-simpy3 (${run.error?.message ?? run.stderr.trim()})`);
  }
  if (run.status !== 0) throw new Error(`${PYTHON} ${script} failed:\n${run.stderr}`);
  return run.stdout;
}
