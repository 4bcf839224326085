#!/bin/sh
# irratio.sh: instruction counts (valgrind callgrind's Ir) of the Python
# benchmark cases on hfc, CPython 3.11 and starlark-go, and their ratios.
#
# Instruction counts do not depend on the load of the machine, unlike wall
# or CPU time. Each engine runs each case twice under callgrind, calling
# run() LO and HI times after the same start-up; the difference of the two
# counts divided by HI-LO is the cost of one run.
#
#   cd bench && sh python/irratio.sh                    # every case, every engine
#   CASES="fib loop_sum" ENGINES="hfc cpython" sh python/irratio.sh
#
# ENGINES (default "hfc cpython starlark"), CASES (default: all), LO and HI
# (default 1 and 3). The table has Ir per run of each engine and, when both
# are measured, hfc/CPython and hfc/starlark (below 1: hfc runs fewer
# instructions) with the geometric means. Each figure is also printed to
# stderr as soon as it is measured.
set -eu
cd "$(dirname "$0")/.."
ENGINES=${ENGINES:-"hfc cpython starlark"}
CASES=${CASES:-"fib loop_sum string_build dict_ops listcomp sort_key method_calls fstring"}
LO=${LO:-1}
HI=${HI:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

case " $ENGINES " in
*" hfc "* | *" starlark "*) go test -c -o "$tmp/bench.test" . ;;
esac

# ir ENGINE CASE N prints the instructions of a process that loads CASE and
# runs it N times. The counts are repeatable: CPython's string hashes are not
# randomised; the Go programs run on one P (GOMAXPROCS=1: no thread spins
# looking for work, for as long as the machine's load makes it wait) and the
# garbage collector stops the world for its mark phase (gcstoptheworld=1).
# Its work is counted, but not what a concurrent mark costs the program
# while it runs (write barriers, assists, idle mark workers), which depends
# on timing and varies by ±10% between runs.
ir() {
	out="$tmp/callgrind.out"
	for attempt in 1 2; do
		rm -f "$out"
		if [ "$1" = cpython ]; then
			PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file="$out" \
				/usr/bin/python3 python/harness.py "python/cases/$2.py" "$3" >/dev/null 2>"$tmp/log"
		else
			GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,gcstoptheworld=1 PYBENCH_RUN="$1/$2" PYBENCH_N="$3" \
				valgrind --tool=callgrind --callgrind-out-file="$out" \
				"$tmp/bench.test" -test.run '^TestPythonRunN$' >/dev/null 2>"$tmp/log"
		fi && n=$(sed -n 's/^summary: *//p' "$out") && [ -n "$n" ] && echo "$n" && return 0
		echo "irratio.sh: $1 $2 x$3 failed (attempt $attempt):" >&2
		tail -5 "$tmp/log" >&2
	done
	return 1
}

for c in $CASES; do
	for e in $ENGINES; do
		lo=$(ir "$e" "$c" "$LO") || exit 1
		hi=$(ir "$e" "$c" "$HI") || exit 1
		line="$c $e $(((hi - lo) / (HI - LO)))"
		echo "$line"
		echo "$line" >&2
	done
done | awk -v engines="$ENGINES" '
{ ir[$1, $2] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
END {
	ne = split(engines, e, " ")
	has["hfc"] = has["cpython"] = has["starlark"] = 0
	for (i = 1; i <= ne; i++) has[e[i]] = 1
	printf "%-14s", "case"
	for (i = 1; i <= ne; i++) printf " %15s", e[i] " Ir"
	if (has["hfc"] && has["cpython"]) printf " %11s", "hfc/CPython"
	if (has["hfc"] && has["starlark"]) printf " %12s", "hfc/starlark"
	printf "\n"
	lc = ls = 0
	for (k = 1; k <= n; k++) {
		c = order[k]
		printf "%-14s", c
		for (i = 1; i <= ne; i++) printf " %15.0f", ir[c, e[i]]
		if (has["hfc"] && has["cpython"]) { r = ir[c, "hfc"] / ir[c, "cpython"]; lc += log(r); printf " %11.2f", r }
		if (has["hfc"] && has["starlark"]) { r = ir[c, "hfc"] / ir[c, "starlark"]; ls += log(r); printf " %12.2f", r }
		printf "\n"
	}
	printf "%-14s", "geomean"
	for (i = 1; i <= ne; i++) printf " %15s", ""
	if (has["hfc"] && has["cpython"]) printf " %11.2f", exp(lc / n)
	if (has["hfc"] && has["starlark"]) printf " %12.2f", exp(ls / n)
	printf "\n"
}'
