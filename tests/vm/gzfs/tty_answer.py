#!/usr/bin/env python3
# Usage: tty_answer.py ANSWER[,ANSWER...] COMMAND [ARGS...]
# Runs COMMAND on a new pseudo-terminal and types each ANSWER (and a newline) once the next
# key prompt ("Enter ... for 'x':" or "Re-enter ...:") has appeared: a person at a terminal,
# for the VM tests of key prompts. Prints what the terminal showed (without carriage returns)
# and exits with COMMAND's status; gives up after 60 s without output.
import os
import pty
import re
import select
import sys

answers = sys.argv[1].split(",")
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
prompt = re.compile(rb"(Enter|Re-enter) [^\n]* for '[^']*':")
shown = b""
typed = 0
while True:
    ready, _, _ = select.select([fd], [], [], 60)
    if not ready:
        os.kill(pid, 9)
        break
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    shown += data
    while typed < len(answers) and len(prompt.findall(shown)) > typed:
        os.write(fd, answers[typed].encode() + b"\n")
        typed += 1
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode(errors="replace").replace("\r", ""))
sys.exit(os.waitstatus_to_exitcode(status))
