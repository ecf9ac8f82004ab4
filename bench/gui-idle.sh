#!/usr/bin/env bash
# GUI figures, one run, one machine: time to window, resident memory, and CPU while idle for 30 s with
# the window visible and then hidden (unmapped), for Tessera with 100 accounts of real services (with
# their icons), a bare Qt Quick list
# of 100 rows updated once a second (bench/bare_list), OTPClient and KeePassXC from Debian.
# Usage: bench/gui-idle.sh [SECONDS] [BUILD_DIR]     Prints a Markdown table.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-30}
build=${2:-$top/build-ci}
"$top/scripts/install-deps.sh" build runtime test bench >/dev/null
for b in tessera tessera-cli bench_bare_list; do
    [ -x "$build/bin/$b" ] || { echo "build first: ./test.sh (missing $build/bin/$b)" >&2; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
display=:$((300 + $$ % 300))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# No time check at start: the figures are about the window, not the network.
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"

# 100 accounts of real services, as many users have after a few years: each shows its service's icon
# (the bundled Simple Icons), which is what the target is about.
vault=$work/v.tessera
echo 'correct horse battery staple' | "$build/bin/tessera-cli" init --vault "$vault" --kdf "${BENCH_KDF:-moderate}" --password-stdin >/dev/null
links=$work/links.txt
i=0
for service in GitHub GitLab Google Microsoft Amazon Dropbox Facebook Instagram Discord Slack Zoom Twitch \
    Reddit PayPal Stripe Coinbase Binance Kraken Cloudflare DigitalOcean Heroku Netlify Vercel Atlassian \
    Jira Bitbucket Trello Notion Figma Adobe Apple Steam Epic\ Games Ubisoft Nintendo PlayStation Xbox \
    Proton Tutanota Fastmail Zoho Mailchimp HubSpot Salesforce Shopify WordPress Wix Squarespace Linode \
    Vultr Hetzner OVH Namecheap GoDaddy Porkbun Bitwarden 1Password LastPass Dashlane NordVPN ExpressVPN \
    Mozilla Firefox Nextcloud Mastodon Bluesky LinkedIn Pinterest Tumblr Snapchat TikTok WhatsApp Telegram \
    Signal Line Kaspersky Avast ESET Norton Sophos Okta Auth0 Twilio SendGrid Docker npm PyPI RubyGems \
    Sentry Datadog Grafana Elastic MongoDB Redis Supabase Firebase Airbnb Uber Booking.com Etsy eBay \
    Kickstarter Patreon Gitea Codeberg Vimeo Spotify Duolingo Strava Garmin Fitbit Canva Miro Asana \
    ClickUp Linear Postman Plex; do
    i=$((i + 1))
    echo "otpauth://totp/$(printf '%s' "$service" | sed 's/ /%20/g'):user$i@example.com?secret=JBSWY3DPEHPK3PXP$(printf '%04d' "$i" | tr 0-9 A-J)"
done >"$links.all"
head -n 100 "$links.all" >"$links" # a file first: head closing a pipe would stop the script (pipefail)
echo 'correct horse battery staple' | "$build/bin/tessera-cli" import --vault "$vault" --password-stdin "$links" >/dev/null

# CPU time in nanoseconds per thread (schedstat), not in clock ticks: an idle app uses a few
# milliseconds a second, and ticks of 10 ms made the ratio of two such counts jump by tenths.
thread_times() { for t in /proc/"$1"/task/*; do printf '%s %s\n' "${t##*/}" "$(cut -d' ' -f1 "$t/schedstat" 2>/dev/null)"; done; }
# cpu_percent BEFORE AFTER SECONDS: the threads alive at both readings (a thread that ended between
# them takes its earlier time with it, which must not count as negative time)
cpu_percent() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys
def read(text):
    return {t: int(v) for t, v in (line.split() for line in text.splitlines() if len(line.split()) == 2)}
before, after = read(sys.argv[1]), read(sys.argv[2])
used = sum(after[t] - before[t] for t in after if t in before)
print(f"{100 * used / 1e9 / float(sys.argv[3]):.2f}")
PY
}
now_ms() { date +%s%3N; }

# measure NAME READY_TITLE COMMAND... ; READY_TITLE: wait for this window title too ("" = first window)
measure() {
    local name=$1 ready=$2
    shift 2
    local start end pid window rss c0 c1 visible hidden
    start=$(now_ms)
    if [ "$name" = "Tessera" ]; then
        echo 'correct horse battery staple' | "$@" >"$work/$name.log" 2>&1 &
    else
        "$@" >"$work/$name.log" 2>&1 &
    fi
    pid=$!
    pids+=($pid)
    window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
    end=$(now_ms)
    [ -n "$window" ] || { echo "| $name | no window | | | |"; return; }
    local to_window=$((end - start)) to_ready=""
    if [ -n "$ready" ]; then
        for _ in $(seq 300); do [ "$(xdotool getwindowname "$window")" = "$ready" ] && break; sleep 0.02; done
        to_ready=" ($(( $(now_ms) - start )) ms to codes)"
    fi
    sleep 5
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    c0=$(thread_times "$pid"); sleep "$duration"; c1=$(thread_times "$pid")
    visible=$(cpu_percent "$c0" "$c1" "$duration")
    xdotool windowunmap "$window"
    sleep 2
    c0=$(thread_times "$pid"); sleep "$duration"; c1=$(thread_times "$pid")
    hidden=$(cpu_percent "$c0" "$c1" "$duration")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "| $name | ${to_window} ms${to_ready} | $((rss / 1024)) MiB | ${visible} % | ${hidden} % |"
    printf '%s\t%s\t%s\t%s\n' "$name" "$to_window" "$((rss / 1024))" "$visible" >>"$work/figures.tsv"
}

echo "| app (100 rows, ${duration} s idle each) | time to window | resident memory | CPU visible | CPU hidden |"
echo "|---|---|---|---|---|"
apps=${BENCH_APPS:-tessera bare bare-software otpclient keepassxc} # a subset, e.g. BENCH_APPS="tessera bare"
for a in $apps; do
    case $a in
    tessera) measure "Tessera" "Tessera" "$build/bin/tessera" --vault "$vault" --password-stdin ;;
    bare) measure "bare Qt Quick list (OpenGL, Qt's default)" "" "$build/bin/bench_bare_list" ;;
    bare-software) QT_QUICK_BACKEND=software measure "bare Qt Quick list (software renderer)" "" "$build/bin/bench_bare_list" ;;
    otpclient) measure "OTPClient $(dpkg-query -W -f='${Version}' otpclient)" "" otpclient ;;
    keepassxc) measure "KeePassXC $(dpkg-query -W -f='${Version}' keepassxc)" "" keepassxc ;;
    esac
done
echo
# Ratios: Tessera against each other app of the same run.
python3 - "$work/figures.tsv" <<'PY'
import sys
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1])]
figures = {name: (float(start), float(memory), float(cpu)) for name, start, memory, cpu in rows}
if 'Tessera' in figures and len(figures) > 1:
    t = figures['Tessera']
    ratio = lambda a, b: f'{a / b:.2f}×' if b > 0 else '— (0 %)'
    print('| Tessera ÷ | time to window | resident memory | CPU visible |')
    print('|---|---|---|---|')
    for name, other in figures.items():
        if name != 'Tessera':
            print(f'| {name} | {ratio(t[0], other[0])} | {ratio(t[1], other[1])} | {ratio(t[2], other[2])} |')
    print()
PY
echo "CPU is the share of one core. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), Xvfb, $(date -u +%Y-%m-%d)."
