<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter a base URL, for example https://api.allium.so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: it needs a scheme and a host, like https://api.allium.so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh at most once a minute: the usage figures do not change faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh at least once a day (1440 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning threshold must be between 1 and 99 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical threshold must be between 1 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical threshold must be above the warning threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>The base URL is empty; use https://api.allium.so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL “%1” is not a complete URL such as https://api.allium.so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL “%1” must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password: the API key is the only credential, and it is sent in a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL “%1” must not contain a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL “%1” uses plain http://, which would send the API key unencrypted over the network; use https:// (plain http:// is allowed only for this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionChartView</name>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Monthly allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual allocation — consumption is cumulative over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial: no periodic allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in %1 days, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in 1 day, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in %1 hours, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in 1 hour, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in 1 minute, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets in %1 minutes, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated 1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated 1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh in %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allium usage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day and short month, e.g. &quot;1 May&quot;; a QDate format string</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Day, short month and year, e.g. &quot;1 May 2026&quot;; a QDate format string</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>No forecast: this unit has no allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast after %n hours of readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast: the period has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: about %1 % used at reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the allocation: about %1 % projected at reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected to run out on %1, just before the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected to run out on %1, a day before the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected to run out on %1, %n days before the reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Allium Usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>No file was given for the usage history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history cannot be kept: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 is locked by another program (%2). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 cannot be written (%2). Check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 cannot be read; it may be damaged (%2). Move it aside to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 cannot be written: its folder does not allow the journal file SQLite needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Allium Usage history; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history %1 was written by a newer version of Allium Usage (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history cannot be upgraded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history cannot be upgraded to schema %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old readings could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Read the API key from standard input (not echoed on a terminal) and store it in the system keychain. Example: allium-usage --set-key &lt; key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Allium API key (Allium app: Settings &gt; API Keys) and press Enter; it will not be shown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input. Pipe it in (allium-usage --set-key &lt; key.txt) or run --set-key in a terminal and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key on standard input contains spaces or control characters; expected a single key on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the API key in the system keychain (service %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. Check that a keychain service (GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Allium Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: made-up figures from a built-in server, not your organization&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the refresh problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit shown over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the usage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export snapshot to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figures as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Allium Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnceCommand</name>
    <message>
        <source>--format: expected table, csv or json, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: give a file name, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds greater than 0 (for example 30 or 0.5), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo serves its own data: it cannot be combined with --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch one usage snapshot, print it and exit. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format for --once: table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the output to FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed for each request (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo data server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key. Set the %1 environment variable to your key (create one in the Allium app under Settings &gt; API Keys), or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this is demo data from --demo, not your organization&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputDestination</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentChartView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used of allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has an allocation to compare against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption as percent of allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of allocation per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No API key was entered for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotForecasts</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTableWriter</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: made-up usage from the built-in demo server, not your organization&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no units reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdNotifier</name>
    <message>
        <source>%1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the warning threshold of %1 %. The allocation resets on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the critical threshold of %1 %. The allocation resets on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the allocation is used. The allocation resets on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Allium Usage (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allium Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: open Settings to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitUsage</name>
    <message>
        <source>Developer units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitUsageBar</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageBarsView</name>
    <message>
        <source>The API reported no units for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageError</name>
    <message>
        <source>Set an API key and an https:// base URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key, or create a new one in the Allium app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your organization&apos;s Allium administrator about a Subscription or Free Trial plan (hello@allium.so can help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again; refreshing less often avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Allium API is having trouble; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL; if it is right, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the base URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL points at the Allium API; if it does, the API may have changed: look for an update of this app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageErrorClassifier</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the API key (401 Unauthorized): it is wrong or has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was refused (403 Forbidden): usage is only available to organizations on an Allium Subscription or Free Trial plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429 Too Many Requests); the server asks to wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429 Too Many Requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 timed out: no data arrived for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was too large (over %1) and was not read; this is not what the usage endpoint sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response could not be read as usage data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1, which is less safe than the base URL; the API key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected more than %1 times (a redirect loop).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageFormat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage with one decimal; %1 is the number, e.g. &quot;17.1 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <extracomment>%1 unit name, %2 consumed, %3 allocated, %4 percentage, e.g. &quot;Developer units: 341,523 of 2,000,000 (17.1 %)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used (allocation is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used (no allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageLevel</name>
    <message>
        <source>No allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over allocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageParser</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time or null, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
