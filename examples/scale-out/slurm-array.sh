#!/usr/bin/env bash
# A study cut into 4 shards on a Slurm cluster: one array task per shard, each writing its shard file
# to a shared folder; then one job merges them into the results and report, byte for byte what one
# `machi run` would write. machi.mjs is the single-file machi (`pnpm bundle`), copied to the cluster.
#
#   jobid=$(sbatch --parsable slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap "node /shared/machi/machi.mjs merge /shared/study/shards --out /shared/study/out"
#
# To change the number of shards, change --array and SHARD_COUNT together.
#SBATCH --job-name=machi-shards
#SBATCH --array=0-3
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=04:00:00
#SBATCH --output=machi-%A_%a.log
set -euo pipefail

SHARD_COUNT=4
MACHI=${MACHI:-node /shared/machi/machi.mjs}
STUDY=${STUDY:-/shared/study}
RUNS=${RUNS:-100000}
YEARS=${YEARS:-10}

# MACHI may be a command with arguments (node and its script): it is split into words on purpose.
# shellcheck disable=SC2086
exec $MACHI shard small-town \
  --index "$SLURM_ARRAY_TASK_ID" --count "$SHARD_COUNT" \
  --runs "$RUNS" --seed 1 --years "$YEARS" --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --out "$STUDY/shards"
