#!/bin/sh
# Spark GPU discovery script: prints {"name":"gpu","addresses":[...]} with the CUDA device indices a process
# started here can use, which Spark hands to tasks and scriptcast passes to ONNX Runtime as avatar.gpu.
# The indices are nvidia-smi's. When CUDA_VISIBLE_DEVICES is set, CUDA numbers the devices it names from 0 (and
# stops at the first entry that names no device), so the addresses are 0..K-1 for its K usable entries.
# No nvidia-smi, or no GPU: an empty list, and Spark schedules no GPU here.
set -u -f

listed=$(nvidia-smi --query-gpu=index --format=csv,noheader 2>/dev/null) || listed=""
listed=$(printf '%s\n' "$listed" | tr -d ' \r' | grep -E '^[0-9]+$')

if [ "${CUDA_VISIBLE_DEVICES+set}" = set ]; then
  usable=0
  for entry in $(printf '%s' "$CUDA_VISIBLE_DEVICES" | tr ',' ' '); do
    case "$entry" in
      GPU-*|MIG-*) ;;
      *) printf '%s\n' "$listed" | grep -qx "$entry" || break ;;
    esac
    usable=$((usable + 1))
  done
  total=$(printf '%s\n' "$listed" | grep -c .)
  [ "$usable" -le "$total" ] || usable=$total
  listed=""
  i=0
  while [ "$i" -lt "$usable" ]; do
    listed="$listed$i
"
    i=$((i + 1))
  done
fi

addresses=$(printf '%s\n' "$listed" | grep . | sed 's/.*/"&"/' | paste -sd, -)
printf '{"name":"gpu","addresses":[%s]}\n' "$addresses"
