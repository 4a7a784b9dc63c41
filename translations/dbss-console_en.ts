<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientConfigFactory</name>
    <message>
        <source>DBSS_AK and DBSS_SK must be set together (only %1 is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSS_SECURITY_TOKEN needs an access key: set DBSS_AK and DBSS_SK, or use an AK/SK profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected: %n audit instance(s) visible.</source>
        <translation>
            <numerusform>Connected: %n audit instance visible.</numerusform>
            <numerusform>Connected: %n audit instances visible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>DBSS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Ops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>ME-Abu Dhabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Kuala Lumpur-OP6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU-Moscow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api</name>
    <message>
        <source>the service answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory field missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no X-Subject-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer says %1=%2, not SUCCESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api::ApiClient</name>
    <message>
        <source>no project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM issued an expired token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline passed before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1; the API never redirects, so it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the answer was cut after %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered HTTP %1; the documented success is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api::ApiError</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: cannot reach the service (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s certificate is not trusted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned an answer that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the answer is too large (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api::FieldChecker</name>
    <message>
        <source>This field is mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %n character(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %n character(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IPv4 or IPv6 address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a port from 1 to 65535: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api::NetworkSetup</name>
    <message>
        <source>The proxy must be a URL like http://proxy.example.com:3128 or socks5://HOST:PORT, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL cannot contain a user name or password (they would be stored in plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL has no path: give only the scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::api::Pager</name>
    <message>
        <source>the service announces %1 rows: %2 pages of %3, more than the %4 pages allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has %2 rows, more than the %3 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 full pages without a total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::credentials</name>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name may contain letters, digits, spaces and . _ @ ( ) - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access key ID (AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret access key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (no profiles exist yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no stored %2. Save it again in the Profiles dialog, or set DBSS_AK and DBSS_SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; of the fleet regions is not a region where database audit is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is listed twice in the fleet regions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::credentials::Profile</name>
    <message>
        <source>Choose a region (a code like cn-north-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 32-character hexadecimal project ID, or choose to resolve it from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 endpoint override must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, colons allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account (domain) name of the IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::credentials::ProfileEditor</name>
    <message>
        <source>The endpoint must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the security token of the temporary access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile settings were saved, but not its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::credentials::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the profile could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the profile could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; disappeared while it was being renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was renamed, but its old keychain entries could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; disappeared while it was being copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::credentials::SecretResult</name>
    <message>
        <source>The system keychain is unavailable: there is no D-Bus session bus. Start the console from a desktop session (or wrap it in dbus-run-session with an unlocked gnome-keyring-daemon), or choose &quot;Keep for this session only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable: no Secret Service is running. Install and start gnome-keyring or KWallet, or choose &quot;Keep for this session only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, has no login keyring yet, or refused access. Unlock (or create) your login keyring, for example by logging in to the desktop or with seahorse, and try again, or choose &quot;Keep for this session only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error. Check that your keyring works (for example with seahorse), or choose &quot;Keep for this session only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::fleet::FleetModel</name>
    <message>
        <source>Loading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to load the profile&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no project in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n in error</numerusform>
            <numerusform>%n in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to load</source>
        <translation>
            <numerusform>%n failed to load</numerusform>
            <numerusform>%n failed to load</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::fleet::FleetOverviewModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection for this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models</name>
    <message>
        <source>%1: rule &apos;%2&apos; is of type %3 on the instance, the file says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule named &apos;%2&apos; (type %3) on the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot create rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot delete rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full audit scope cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases not on the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot create a full audit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch it off with a second apply, once it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full audit scope cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::AddRdsDatabasesAction</name>
    <message>
        <source>Select at least one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected database has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be audited without an agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::AgentsModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::AuditScopeAction</name>
    <message>
        <source>Select at least one database, or all databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;All databases&quot; cannot be combined with single databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot contain a comma: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::AuditScopesModel</name>
    <message>
        <source>%1
Audits everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception IPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::AvailabilityZonesModel</name>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::BuyInstanceAction</name>
    <message>
        <source>Only letters, digits, underscores (_) and hyphens (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::ChangeHistoryModel</name>
    <message>
        <source>%1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (the change may or may not have been made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (HTTP %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::Checker</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::CreatedHistory</name>
    <message>
        <source>DRS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::CsvExportJob</name>
    <message>
        <source>nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load every row: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::CsvExporter</name>
    <message>
        <source>could not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::DasConnectionAction</name>
    <message>
        <source>Only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node id is 32 letters or digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabaseDeletion</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) deleted.</source>
        <translation>
            <numerusform>%n database deleted.</numerusform>
            <numerusform>%n databases deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) deleted; failed: %1</source>
        <translation>
            <numerusform>%n database deleted; failed: %1</numerusform>
            <numerusform>%n databases deleted; failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabaseSlots</name>
    <message>
        <source>Database slots unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the instance&apos;s database slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) audited; the instance&apos;s limit is unknown.</source>
        <translation>
            <numerusform>%n database audited; the instance&apos;s limit is unknown.</numerusform>
            <numerusform>%n databases audited; the instance&apos;s limit is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 database slots used; %n left.</source>
        <translation>
            <numerusform>%1 of %2 database slots used; %n left.</numerusform>
            <numerusform>%1 of %2 database slots used; %n left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabasesModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching audit %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::DrsConnectionAction</name>
    <message>
        <source>Only letters, digits, hyphens (-) and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database address, or the id of a cloud DB instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB addresses are host:port, at most three, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 is not for %2 databases; choose %2, ecs_%2 or cloud_%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address or a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each shard is host:port (an IP address or host name, port 1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate content must be Base64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceControl</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceFollower</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to appear…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceJobsModel</name>
    <message>
        <source>Select an instance to see its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in progress (%1); checking again automatically…</source>
        <translation>
            <numerusform>%n job in progress (%1); checking again automatically…</numerusform>
            <numerusform>%n jobs in progress (%1); checking again automatically…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creation jobs for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::InstancesModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::MaskingRulesModel</name>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::OperationLogModel</name>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::OperationNames</name>
    <message>
        <source>Add database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RDS databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count instances by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create DRS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create DAS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (IAM token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List instance jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List masking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List operation logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List RDS databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List instances by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List SQL injection rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch database audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch SQL injection rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch masking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch audit scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit audit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::PagedRowsModel</name>
    <message>
        <source>%1; re-reading the rows failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::Policy</name>
    <message>
        <source>must be &quot;%1&quot;: this is not a policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has version %1; this program reads versions up to %2 — update dbss-console to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of %2 (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos; (%2) is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no database (use [&quot;ALL&quot;] for every database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ALL&quot; cannot be combined with single databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit scope &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyApplier</name>
    <message>
        <source>no API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered success but the change is not in effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyChange</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not possible: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyCompareModel</name>
    <message>
        <source>Risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source IPs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception IPs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyReader</name>
    <message>
        <source>no API client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::QuotaModel</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::RiskRulesModel</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::RuleListsExport</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load a list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::SecurityGroupAction</name>
    <message>
        <source>This field is mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one security group can be set at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::SpecificationsModel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::SqlInjectionRulesModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::SubmitAction</name>
    <message>
        <source>a request is already in flight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::TagsAction</name>
    <message>
        <source>Enter or select at least one tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::TagsModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::models::cell</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n database(s)</source>
        <translation>
            <numerusform>%1, %n database</numerusform>
            <numerusform>%1, %n databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::views</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ActivityChart</name>
    <message numerus="yes">
        <source>%n-minute buckets</source>
        <translation>
            <numerusform>%n-minute buckets</numerusform>
            <numerusform>%n-minute buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour buckets</source>
        <translation>
            <numerusform>%n-hour buckets</numerusform>
            <numerusform>%n-hour buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day buckets</source>
        <translation>
            <numerusform>%n-day buckets</numerusform>
            <numerusform>%n-day buckets</numerusform>
        </translation>
    </message>
    <message>
        <source>By result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack the bars by result or by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the range shown before the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the bars (or click one) to show that span in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 outside the range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ActivityChartView</name>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::AddDatabaseDialog</name>
    <message>
        <source>Self-built (ECS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux (64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no instance selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;haracter set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database i&amp;nstance name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance already audits %1 at %2:%3 (id %4). Adding it again audits the same database twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::AddRdsDatabasesDialog</name>
    <message>
        <source>Add RDS Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot be audited without an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Added (%n):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;Added (%n):&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;Added (%n):&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Refused (%n):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;Refused (%n):&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;Refused (%n):&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>Already audited by this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already audited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::AuditScopeDialog</name>
    <message>
        <source>&amp;All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Audit Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no instance selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; separate accounts with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; e.g. 192.168.0.10, fd00::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; e.g. 3306, 5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; addresses never audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xception IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations audited; none checked: every operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;rations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::BuyInstanceWizard</name>
    <message>
        <source>Loading quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Audit Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and -; at most 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bnet id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: assigned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id of the price inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quota: %n more instance(s) can be created (vCPUs left: %1, RAM left: %2 MB).</source>
        <translation>
            <numerusform>Quota: %n more instance can be created (vCPUs left: %1, RAM left: %2 MB).</numerusform>
            <numerusform>Quota: %n more instances can be created (vCPUs left: %1, RAM left: %2 MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota: no instance can be created; the order will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3 vCPUs, %4 MB, %5 databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot list VPCs. Find the id on the VPC console (&lt;a href=&quot;https://console.huaweicloud.com/vpc/&quot;&gt;Virtual Private Cloud&lt;/a&gt; &amp;gt; the VPC &amp;gt; ID), in the region above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet&apos;s &lt;i&gt;network ID&lt;/i&gt; on the VPC console (Subnets &amp;gt; the subnet); it must belong to the VPC and be in the chosen zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC console &amp;gt; Access Control &amp;gt; Security Groups &amp;gt; the group&apos;s ID. The instance gets one security group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product id comes from the price inquiry of Huawei Cloud&apos;s billing service (BSS ListRateOnPeriodDetail, e.g. in &lt;a href=&quot;https://console.huaweicloud.com/apiexplorer/&quot;&gt;API Explorer&lt;/a&gt;) for the chosen specification, region and period; the console cannot query it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — edition %2: %3 vCPUs, %4 GB memory, up to %5 databases; zones: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ConsoleController</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox keys kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile: nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBSS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away every change made in the sandbox and start again with the demo data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox starts afresh with the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::CreatedResultDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::DasConnectionDialog</name>
    <message>
        <source>Save the password on the DAS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;SQL statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create DAS Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; separate ids with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a known RDS instance or type its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of RDS instances could not be read; type the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3:%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::DetailsPane</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::DrsConnectionDialog</name>
    <message>
        <source>Use &amp;SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create DRS Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-50 letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario type: e.g. mysql (on-premises or other cloud), ecs_mysql (self-built on ECS), cloud_mysql (cloud DB instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, at most 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud DB instance &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud DB instance na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and project (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bnet id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y group id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP or host name; MongoDB: host:port,host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;file name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ca.pem, client.p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (&amp;Base64):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required with SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a .p12 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Certificate File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;Z:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, with region and project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database information id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dri&amp;ver name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source s&amp;hards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, separated by commas (same account)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ExportController</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rule Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit scopes, SQL injection, risk and masking rules of this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the rule lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting rule lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule list file(s) to %1</source>
        <translation>
            <numerusform>Exported %n rule list file to %1</numerusform>
            <numerusform>Exported %n rule list files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of the rule lists failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::FieldLabels</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::FleetDocks</name>
    <message>
        <source>Fleet Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in the fleet&apos;s accounts and regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::FleetNavigatorDock</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every account and region again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; what has loaded stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2 regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one under File ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be loaded</source>
        <translation>
            <numerusform>, %n could not be loaded</numerusform>
            <numerusform>, %n could not be loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::views::InstanceDocks</name>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No databases in this instance. Add one with Add Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents in this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit scopes. Add one with Add Audit Scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Injection Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQL injection rules match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk rules match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privacy masking rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations in this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any audit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected databases from this audit instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n database(s) from this audit instance: %1?
Their audit stops; the databases themselves are not touched.</source>
        <translation>
            <numerusform>Remove %n database from this audit instance: %1?
Their audit stops; the databases themselves are not touched.</numerusform>
            <numerusform>Remove %n databases from this audit instance: %1?
Their audit stops; the databases themselves are not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::InstanceTagFilter</name>
    <message>
        <source>Show only the instances with this tag (asks the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag filter failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (any value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::MainWindow</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit instances in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the active table to CSV (its filter and sort apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Rule Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;RDS Databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Audit &amp;Scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New D&amp;RS Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New D&amp;AS Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add BOM to CSV (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Selected &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DBSS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2? Auditing pauses while it is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an audit instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit scope added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DBSS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DBSS Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud Database Security Service (database audit), DRS and DAS connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order a yearly/monthly audit instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes made in this window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Selected O&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away every change made in the sandbox and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Change History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 (built with %2) · QtKeychain %3&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1
Region: %2
Project: %3
Endpoint: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::PaneNavigator</name>
    <message>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyActions</name>
    <message>
        <source>Compare &amp;Policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the rule policies of two or more instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected instance&apos;s rule policy as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected instance&apos;s policy like a policy file (with a preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an audit instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a policy this console can apply; nothing was sent.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the policy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyCompareDock</name>
    <message>
        <source>Policy Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose instances to compare (Instances…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reference instance and the instances to compare with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Like Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the changes that make an instance&apos;s policy like the reference&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n policies…</source>
        <translation>
            <numerusform>Reading %n policy…</numerusform>
            <numerusform>Reading %n policies…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies are alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 Like %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 Like %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyInstancePicker</name>
    <message>
        <source>Compare Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are matched by type and name. The reference is what the others are compared with, and what &quot;Make Like&quot; copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyPreviewDialog</name>
    <message>
        <source>Risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy does not fit the instance; nothing will be sent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance already has this policy: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s); requests to send: %1.</source>
        <translation>
            <numerusform>%n change; requests to send: %1.</numerusform>
            <numerusform>%n changes; requests to send: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) the API cannot change (listed as such).</source>
        <translation>
            <numerusform>%n difference the API cannot change (listed as such).</numerusform>
            <numerusform>%n differences the API cannot change (listed as such).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is sent before you choose Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; reading the instance again to verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the re-read does not show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (request ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 · failed: %2 · not possible: %3 · requests sent: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read: the instance now has the policy (what the API can change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-read: %n difference(s) remain; Apply again to retry them.</source>
        <translation>
            <numerusform>Re-read: %n difference remains; Apply again to retry it.</numerusform>
            <numerusform>Re-read: %n differences remain; Apply again to retry them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ProfileDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary access key + security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve from region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the server certificate (hex, colons allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only (secrets stay in memory, not in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secrets are kept in memory until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;. Edit its name and save to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different endpoint per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new profile has not been saved. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional endpoints, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: http://HOST:PORT or socks5://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system proxy settings (desktop settings, HTTPS_PROXY, NO_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file of extra trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of a TLS-inspecting gateway, added to the system&apos;s; verification stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ReachActions</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creation jobs for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by This &amp;Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep %1 in the local history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for %1 placed; the instance appears while it is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order for %1 was placed. The console follows the new instance until it is running; its creation job shows under Jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRS connection %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRS Connection Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRS has no list of connections this console can read back: the id is kept under Connections &gt; Created by This Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS connection %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS Connection Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is kept under Connections &gt; Created by This Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by This Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and orders created from this computer (no passwords are kept). Stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every entry? The connections and orders themselves stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::RegionsField</name>
    <message>
        <source>The regions the fleet view lists for this account, besides its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s own region is always included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::SecurityGroupsDialog</name>
    <message>
        <source>Security Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group id (one group per change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the current row on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::SubmitDialog</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::SwitchDelegate</name>
    <message>
        <source>Switching on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::TableDock</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch off this row of %1? It is not audited until switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off %1 rows of %2? They are not audited until switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching on failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch On Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Off Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches the filter (%1 hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches the filter (%1 hidden); loading more…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::TagsDialog</name>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 255 characters; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dbss::views::WelcomeDialog</name>
    <message>
        <source>&amp;Try the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to DBSS Console&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Browse and manage Huawei Cloud Database Security Service (database audit) instances, their databases, agents, rules and operation logs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try the Sandbox&lt;/b&gt; opens the console on a built-in emulator with demo data: nothing to set up, no cloud account, and nothing you do reaches the cloud. Its data is kept between starts; File ▸ Reset Sandbox starts it afresh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Add a Profile&lt;/b&gt; connects to your account: a region, a project and an access key (the keys are kept in the system keychain).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <source>The profile store is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Huawei Cloud Database Security Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in API emulator and open the Sandbox profile on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
