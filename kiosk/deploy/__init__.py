"""Putting a terminal into service: start at login and come back after a crash (systemd user
units on Linux, Task Scheduler on Windows), and a small supervisor for anything else."""
