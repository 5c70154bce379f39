# Sourced by the benchmarks that pull from tests/hydra's fake-hydra (run-sync-bench.sh, run-scale-bench.sh):
#   start_fake_hydra FAKE_HYDRA WORK_DIR ARGS...   starts it (stopping one started before), sets $url and $fake_hydra_pid
#   stop_fake_hydra                                stops it (also on exit: trap it there)
fake_hydra_pid=""
stop_fake_hydra() {
    if [[ -n "$fake_hydra_pid" ]]; then
        kill "$fake_hydra_pid" 2>/dev/null || true
        wait "$fake_hydra_pid" 2>/dev/null || true
        fake_hydra_pid=""
    fi
}
start_fake_hydra() {
    local fake=$1 work=$2
    shift 2
    stop_fake_hydra
    "$fake" "$@" >"$work/url" 2>"$work/fake.err" &
    fake_hydra_pid=$!
    for _ in $(seq 1 600); do
        [[ -s "$work/url" ]] && break
        kill -0 "$fake_hydra_pid" 2>/dev/null || { cat "$work/fake.err" >&2; exit 1; }
        sleep 0.1
    done
    url=$(head -n 1 "$work/url")
    [[ "$url" == http://127.0.0.1:* ]] || { echo "fake-hydra did not start: $(cat "$work/fake.err")" >&2; exit 1; }
}
