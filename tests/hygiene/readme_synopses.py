#!/usr/bin/python3
"""The README's command synopses are the CLI's own: every `jwkman-cli ...` line in the README's code blocks is a
synopsis that `jwkman-cli --help` or `jwkman-cli help remote` prints (from the one command table,
app/cli/CommandTable.cpp), and every synopsis the CLI prints is in the README. Whitespace is compared simplified; a
README line that starts with spaces continues the line above (as the help breaks `remote add`); the help's
" [--store PATH]" is left out of the README, which says once that every store command takes it. A change to a command
that forgets the README (or a README edit that invents an option) fails here.

usage: readme_synopses.py JWKMAN_CLI README
"""
import re
import subprocess
import sys


def simplified(text):
    return " ".join(text.split())


def help_synopses(cli):
    out = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
    synopses = set()
    in_commands = False
    for line in out.splitlines():
        if line == "Commands:":
            in_commands = True
            continue
        if in_commands:
            if not line.strip():
                break
            synopsis = simplified(line)
            if synopsis.startswith("remote add|"):
                continue  # the remote family: its own help below
            synopses.add(synopsis.removesuffix(" [--store PATH]"))
    out = subprocess.run([cli, "help", "remote"], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    current = None
    for line in lines[3:]:
        if line.startswith("  remote "):
            if current:
                synopses.add(current)
            # A note sits at column 41 after two or more spaces.
            current = simplified(re.split(r"\s{3,}", line.strip())[0])
        elif line.startswith("   ") and current is not None:
            continuation = re.split(r"\s{3,}", line.strip())[0]
            if continuation.startswith("["):
                current += " " + simplified(continuation)
        else:
            if current:
                synopses.add(current)
            current = None
            if line.startswith("Every command") or line.startswith("Options:"):
                break
    if current:
        synopses.add(current)
    return synopses


def readme_synopses(readme):
    blocks = []
    inside = False
    for line in open(readme, encoding="utf-8").read().splitlines():
        if line.startswith("```"):
            inside = not inside
            if inside:
                blocks.append([])
        elif inside:
            blocks[-1].append(line)
    synopses = set()
    for block in blocks:
        joined = []
        for line in block:
            if line.startswith(" ") and joined:
                joined[-1] += " " + line.strip()
            else:
                joined.append(line)
        for line in joined:
            if line.startswith("jwkman-cli "):
                synopses.add(simplified(line.split("#")[0]).removeprefix("jwkman-cli "))
    return synopses


def main():
    cli, readme = sys.argv[1], sys.argv[2]
    from_help = help_synopses(cli)
    from_readme = readme_synopses(readme)
    # The help's own lines for --version and help COMMAND are not commands of the table.
    from_readme -= {"--version", "--help", "help COMMAND"}
    missing = sorted(from_help - from_readme)
    invented = sorted(from_readme - from_help)
    for s in missing:
        print(f"README.md lacks the synopsis: jwkman-cli {s}")
    for s in invented:
        print(f"README.md has a synopsis the CLI does not print: jwkman-cli {s}")
    if len(from_help) < 25:
        print(f"only {len(from_help)} synopses read from the help: the help's layout changed")
        return 1
    print(f"{len(from_help)} synopses, README and help agree" if not (missing or invented) else "")
    return 1 if missing or invented else 0


if __name__ == "__main__":
    sys.exit(main())
