"""A Task Scheduler task per role on Windows: starts at the user's logon, restarted on failure.

The task runs ``mpp-kiosk run --role R --restart``: Task Scheduler's own "restart on failure"
only covers a task that fails to *start*, not a program that crashes an hour later, so the
supervisor loop inside the program (kiosk/deploy/supervisor.py) does the restarting and the
task's settings are the second line of defence.
"""

from __future__ import annotations

import getpass
import subprocess
from xml.sax.saxutils import escape

from kiosk.deploy.launch import ROLE_TITLES

TASK_FOLDER = "MPP Kiosk"


def task_name(role: str) -> str:
    return f"\\{TASK_FOLDER}\\{role}"


def task_xml(role: str, command: list[str], user: str | None = None) -> str:
    """Task Scheduler 1.2 XML. ``user`` is DOMAIN\\name or name; default: who runs the install."""
    account = user or getpass.getuser()
    arguments = subprocess.list2cmdline(command[1:])
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>MPP Kiosk {escape(ROLE_TITLES[role])}: starts at logon and comes back after a crash.</Description>
  </RegistrationInfo>
  <Triggers>
    <LogonTrigger>
      <Enabled>true</Enabled>
      <UserId>{escape(account)}</UserId>
      <Delay>PT5S</Delay>
    </LogonTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>{escape(account)}</UserId>
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <AllowHardTerminate>true</AllowHardTerminate>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <IdleSettings>
      <StopOnIdleEnd>false</StopOnIdleEnd>
      <RestartOnIdle>false</RestartOnIdle>
    </IdleSettings>
    <AllowStartOnDemand>true</AllowStartOnDemand>
    <Enabled>true</Enabled>
    <Hidden>false</Hidden>
    <RunOnlyIfIdle>false</RunOnlyIfIdle>
    <WakeToRun>false</WakeToRun>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <Priority>5</Priority>
    <RestartOnFailure>
      <Interval>PT1M</Interval>
      <Count>999</Count>
    </RestartOnFailure>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(command[0])}</Command>
      <Arguments>{escape(arguments)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""


def create_command(role: str, xml_file: str) -> list[str]:
    return ["schtasks", "/Create", "/TN", task_name(role), "/XML", xml_file, "/F"]


def delete_command(role: str) -> list[str]:
    return ["schtasks", "/Delete", "/TN", task_name(role), "/F"]
