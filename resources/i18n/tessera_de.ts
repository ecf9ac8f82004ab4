<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="44" />
        <source>%1 %2, code %3</source>
        <translation>%1 %2, Code %3</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="45" />
        <source>Activate to copy the code</source>
        <translation>Aktivieren, um den Code zu kopieren</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="70" />
        <source>Drag to move %1</source>
        <translation>%1 verschieben (ziehen)</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="115" />
        <source>next %1</source>
        <translation>nächster %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="133" />
        <source>%1 seconds left</source>
        <translation>noch %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="139" />
        <source>Next code</source>
        <translation>Nächster Code</translation>
    </message>
    <message>
        <location filename="../../qml/components/AccountDelegate.qml" line="146" />
        <source>More for %1</source>
        <translation>Mehr zu %1</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="28" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="36" />
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="51" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="58" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="59" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="56" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="57" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="60" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="67" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="69" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="70" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="73" />
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="82" />
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation>Zählerbasiert (HOTP), %1, %2 Ziffern, nächster Zähler %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="83" />
        <source>Steam Guard, every %1 s</source>
        <translation>Steam Guard, alle %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="84" />
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation>Zeitbasiert (TOTP), %1, %2 Ziffern, alle %3 s</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="90" />
        <source>Added %1 · changed %2</source>
        <translation>Hinzugefügt %1 · geändert %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="95" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="116" />
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="98" />
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation>Wer den Schlüssel sieht, kann Ihre Codes erzeugen. Zeigen Sie ihn nur, um das Konto auf ein anderes Gerät zu übertragen.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="104" />
        <source>Show secret key…</source>
        <translation>Geheimen Schlüssel zeigen…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="104" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="120" />
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="123" />
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation>Dienste wie MyKerio oder Gcore geben Einmal-Ersatzcodes für den Fall, dass der Authenticator verloren geht. Bewahren Sie sie hier auf.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="124" />
        <source>%1 of %2 unused</source>
        <translation>%1 von %2 unbenutzt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="130" />
        <source>Copy the next unused code</source>
        <translation>Nächsten unbenutzten Code kopieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="137" />
        <source>%1 — used %2</source>
        <translation>%1 — benutzt %2</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="147" />
        <source>Paste new codes, one per line</source>
        <translation>Neue Codes einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="150" />
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="156" />
        <source>They replace the old set</source>
        <translation>Sie ersetzen die bisherigen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="161" />
        <source>Save codes</source>
        <translation>Codes speichern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="167" />
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="205" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="169" />
        <source>Delete this account…</source>
        <translation>Dieses Konto löschen…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="180" />
        <source>Show the secret key?</source>
        <translation>Geheimen Schlüssel zeigen?</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="185" />
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Achten Sie darauf, dass niemand Ihren Bildschirm sieht und er nicht geteilt oder aufgezeichnet wird.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="194" />
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="198" />
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation>Schalten Sie zuerst die Zwei-Faktor-Anmeldung beim Dienst ab oder behalten Sie ein anderes Gerät mit diesem Konto: sonst können Sie sich womöglich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountDetailsPage.qml" line="203" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="43" />
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="44" />
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="55" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="57" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="61" />
        <source>Sort</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="74" />
        <source>My order (drag to arrange)</source>
        <translation>Eigene Reihenfolge (zum Ordnen ziehen)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="75" />
        <source>By issuer</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="76" />
        <source>Most used</source>
        <translation>Meistbenutzt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="79" />
        <source>Favourites first</source>
        <translation>Favoriten zuerst</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="89" />
        <source>Add account (Ctrl+N)</source>
        <translation>Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="97" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="103" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="104" />
        <source>Lock (Ctrl+L)</source>
        <translation>Sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="127" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="164" />
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="165" />
        <source>Details and recovery codes…</source>
        <translation>Details und Wiederherstellungscodes…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="167" />
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="167" />
        <source>Add to favourites</source>
        <translation>Zu den Favoriten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="171" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="176" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="181" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="191" />
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="191" />
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="198" />
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation>Wenn ein Dienst wie Gcore, Kaspersky oder Google die Zwei-Faktor-Anmeldung einschaltet, zeigt er einen QR-Code und einen Schlüssel wie „JBSW Y3DP EHPK 3PXP“. Fügen Sie ihn hier mit dem Schlüssel oder dem otpauth://-Link hinzu, und Tessera zeigt den sechsstelligen Code zum Eintippen.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AccountsPage.qml" line="206" />
        <source>Add your first account</source>
        <translation>Erstes Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="12" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="147" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="198" />
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="17" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="34" />
        <source>Enter a key</source>
        <translation>Schlüssel eingeben</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="35" />
        <source>Paste a link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="49" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="56" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="53" />
        <source>e.g. Gcore</source>
        <translation>z. B. Gcore</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="58" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="64" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="62" />
        <source>e.g. you@example.com</source>
        <translation>z. B. sie@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="66" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="74" />
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="70" />
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>z. B. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="80" />
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation>Leerzeichen, Bindestriche und Kleinbuchstaben sind in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="89" />
        <source>Advanced: type, algorithm, digits, period</source>
        <translation>Erweitert: Typ, Algorithmus, Ziffern, Periode</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="96" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="102" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="100" />
        <source>Time-based (TOTP)</source>
        <translation>Zeitbasiert (TOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="100" />
        <source>Counter-based (HOTP)</source>
        <translation>Zählerbasiert (HOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="100" />
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="104" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="110" />
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="112" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="117" />
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="119" />
        <source>Period (seconds)</source>
        <translation>Periode (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="125" />
        <source>Period in seconds</source>
        <translation>Periode in Sekunden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="127" />
        <location filename="../../qml/pages/AddAccountPage.qml" line="134" />
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="165" />
        <source>Paste the otpauth:// link that the service offers, for example under “Can't scan the code?”.</source>
        <translation>Fügen Sie den otpauth://-Link ein, den der Dienst anbietet, etwa unter „Code kann nicht gescannt werden?“.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="177" />
        <source>otpauth link</source>
        <translation>otpauth-Link</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="184" />
        <source>%1 · %2 · %3, %4 digits</source>
        <translation>%1 · %2 · %3, %4 Ziffern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="184" />
        <source>(no service)</source>
        <translation>(kein Dienst)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/AddAccountPage.qml" line="184" />
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="12" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="26" />
        <source>Welcome to Tessera</source>
        <translation>Willkommen bei Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="32" />
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation>Ihre Anmeldecodes liegen in einem verschlüsselten Tresor auf diesem Computer. Wählen Sie ein Passwort dafür – ohne es lässt sich der Tresor nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="39" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="42" />
        <source>New vault password</source>
        <translation>Neues Tresorpasswort</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="49" />
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="60" />
        <location filename="../../qml/pages/FirstRunPage.qml" line="62" />
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="68" />
        <source>Also unlock with the system keychain</source>
        <translation>Auch mit dem Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="87" />
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="87" />
        <source>Create vault and import</source>
        <translation>Tresor anlegen und importieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="96" />
        <source>Open an existing vault…</source>
        <translation>Vorhandenen Tresor öffnen…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="101" />
        <source>Start by importing…</source>
        <translation>Mit einem Import beginnen…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="108" />
        <source>After creating the vault, Tessera imports %1.</source>
        <translation>Nach dem Anlegen des Tresors importiert Tessera %1.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="113" />
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="124" />
        <source>Open a Tessera vault</source>
        <translation>Tessera-Tresor öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="125" />
        <source>Tessera vaults (*.tessera)</source>
        <translation>Tessera-Tresore (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="125" />
        <location filename="../../qml/pages/FirstRunPage.qml" line="131" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="130" />
        <source>Import accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/FirstRunPage.qml" line="131" />
        <source>Lists of otpauth:// links (*.txt *.uri)</source>
        <translation>Listen von otpauth://-Links (*.txt *.uri)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="10" />
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="10" />
        <source>Tessera — locked</source>
        <translation>Tessera — gesperrt</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="47" />
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="20" />
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="20" />
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="12" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="17" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="35" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="37" />
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="41" />
        <location filename="../../qml/pages/SettingsPage.qml" line="56" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="41" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="43" />
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="47" />
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="52" />
        <source>Clear copied codes after</source>
        <translation>Kopierte Codes löschen nach</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="56" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="58" />
        <source>Clear the clipboard after this many seconds</source>
        <translation>Zwischenablage nach so vielen Sekunden leeren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="62" />
        <source>Unlock with the system keychain</source>
        <translation>Mit dem Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="74" />
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="75" />
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="78" />
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="80" />
        <location filename="../../qml/pages/SettingsPage.qml" line="85" />
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="82" />
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="82" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="82" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="89" />
        <source>Closing the window keeps Tessera in the tray</source>
        <translation>Beim Schließen bleibt Tessera im Infobereich</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="94" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="96" />
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation>Jede Änderung bewahrt den vorherigen Tresor (die neuesten 10) auf in:</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="108" />
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="112" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="114" />
        <source>Codes are computed from this computer's clock. If a service says a code is wrong, check that the clock is right to within a few seconds.</source>
        <translation>Die Codes werden aus der Uhr dieses Computers berechnet. Meldet ein Dienst einen falschen Code, prüfen Sie, ob die Uhr auf wenige Sekunden genau geht.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="119" />
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="120" />
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation>Tessera %1 — lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="122" />
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="130" />
        <source>Change the vault password</source>
        <translation>Tresorpasswort ändern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="138" />
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="139" />
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="141" />
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="36" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="11" />
        <location filename="../../qml/pages/UnlockPage.qml" line="76" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="25" />
        <source>Tessera is locked</source>
        <translation>Tessera ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="34" />
        <location filename="../../qml/pages/UnlockPage.qml" line="37" />
        <source>Vault password</source>
        <translation>Tresorpasswort</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="63" />
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="68" />
        <source>Use keychain</source>
        <translation>Schlüsselbund verwenden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="83" />
        <source>Open another vault…</source>
        <translation>Anderen Tresor öffnen…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="92" />
        <source>Open a Tessera vault</source>
        <translation>Tessera-Tresor öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="93" />
        <source>Tessera vaults (*.tessera)</source>
        <translation>Tessera-Tresore (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="93" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27" />
        <source>The secret key is not valid Base32: '%1' at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation>Der geheime Schlüssel ist kein gültiges Base32: '%1' an Position %2 ist kein Buchstabe A-Z und keine Ziffer 2-7; prüfen Sie den Schlüssel auf Tippfehler.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32" />
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation>Der geheime Schlüssel ist leer oder zu kurz; übernehmen Sie den ganzen Schlüssel, den der Dienst zeigt.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34" />
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation>Der Link ist länger als 64 KiB und wurde abgelehnt; ein otpauth://-Link ist nie so lang.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="37" />
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation>Das ist kein otpauth://-Link; verwenden Sie den Link, den der Dienst für Authenticator-Apps zeigt.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="38" />
        <source>This holds a '%1' link, not an otpauth:// authenticator link.</source>
        <translation>Das ist ein '%1'-Link, kein otpauth://-Link für Authenticator-Apps.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40" />
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation>Der otpauth://-Link ist fehlerhaft (%1); kopieren Sie den ganzen Link erneut.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42" />
        <source>The otpauth:// link has type '%1'; only totp, hotp and steam are supported.</source>
        <translation>Der otpauth://-Link hat den Typ '%1'; unterstützt werden nur totp, hotp und steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44" />
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation>Dem otpauth://-Link fehlt der Parameter secret; kopieren Sie den ganzen Link erneut.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46" />
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation>Der otpauth://-Link hat eine fehlerhafte Prozentkodierung in %1; kopieren Sie den ganzen Link erneut.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="49" />
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation>Dem HOTP-Link fehlt der Parameter counter; ergänzen Sie counter=0, wenn der Dienst keinen angibt.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51" />
        <source>'%1' digits is not supported; use 6 to 10 digits.</source>
        <translation>'%1' Ziffern werden nicht unterstützt; verwenden Sie 6 bis 10 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53" />
        <source>The period '%1' is not valid; use a whole number of seconds, at least 1.</source>
        <translation>Die Periode '%1' ist ungültig; verwenden Sie ganze Sekunden, mindestens 1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55" />
        <source>The counter '%1' is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation>Der Zähler '%1' ist ungültig; verwenden Sie eine ganze Zahl von 0 bis 18446744073709551615.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="58" />
        <source>The algorithm '%1' is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Der Algorithmus '%1' wird nicht unterstützt; verwenden Sie SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60" />
        <source>The type '%1' is not supported; use totp, hotp or steam.</source>
        <translation>Der Typ '%1' wird nicht unterstützt; verwenden Sie totp, hotp oder steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62" />
        <source>The time '%1' is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation>Die Zeit '%1' ist ungültig; geben Sie ganze Sekunden seit 1970-01-01 UTC an.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64" />
        <source>No account matches '%1'; 'tessera-cli list' shows them all.</source>
        <translation>Kein Konto passt zu '%1'; 'tessera-cli list' zeigt alle.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68" />
        <source>'%1' matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation>'%1' passt zu %2 Konten (%3); geben Sie mehr vom Dienst oder Namen an, oder Dienst:Name.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="74" />
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation>%1 hat keine unbenutzten Wiederherstellungscodes mehr; holen Sie neue vom Dienst und fügen Sie sie hinzu.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="76" />
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation>Ein Wiederherstellungscode ist leer oder länger als 256 Zeichen; geben Sie jeden Code so an, wie der Dienst ihn zeigt.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="78" />
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation>Das Passwort ist leer; wählen Sie ein Passwort zum Schutz des Tresors.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="80" />
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="82" />
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation>Der Tresor braucht sein Passwort; geben Sie es mit --password-stdin an oder starten Sie im Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="84" />
        <source>Wrong password; the vault was not changed.</source>
        <translation>Falsches Passwort; der Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="86" />
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation>Die Tresordatei ist beschädigt (%1) und blieb unverändert; stellen Sie eine Kopie aus dem Sicherungsordner wieder her.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="89" />
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation>Der Tresor stammt von einem neueren Tessera (Format %1) und blieb unverändert; aktualisieren Sie Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="92" />
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation>Unter %1 gibt es schon einen Tresor; wählen Sie mit --vault einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="94" />
        <source>There is no vault at %1; create one with 'tessera-cli init' or give its path with --vault.</source>
        <translation>Unter %1 gibt es keinen Tresor; legen Sie mit 'tessera-cli init' einen an oder geben Sie seinen Pfad mit --vault an.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="97" />
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation>Die Datei %1 ist jetzt ein anderer Tresor; öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="99" />
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation>Ein anderes Programm speichert gerade den Tresor %1; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="101" />
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden; prüfen Sie Datenträger und Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103" />
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation>Nicht genug Speicher für %1; schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105" />
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1); entsperren Sie stattdessen mit dem Passwort.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107" />
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für diesen Tresor; entsperren Sie mit dem Passwort und schalten Sie den Schlüsselbund erneut ein.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="110" />
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation>Die Kryptobibliothek ist fehlgeschlagen (%1); installieren Sie Tessera neu oder melden Sie den Fehler.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112" />
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/bridge/accounts_controller.cpp" line="108" />
        <source>Copied — clears in %1 s</source>
        <translation>Kopiert – wird in %1 s gelöscht</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/accounts_controller.cpp" line="108" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/accounts_controller.cpp" line="220" />
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/accounts_controller.cpp" line="240" />
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/accounts_controller.cpp" line="296" />
        <source>Recovery code copied and marked as used</source>
        <translation>Wiederherstellungscode kopiert und als benutzt markiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/bridge/accounts_controller.cpp" line="315" />
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>%n Wiederherstellungscode gespeichert</numerusform>
            <numerusform>%n Wiederherstellungscodes gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AddAccountController</name>
    <message>
        <location filename="../../qml/bridge/add_account_controller.cpp" line="83" />
        <source>Give the service or the account a name.</source>
        <translation>Geben Sie dem Dienst oder dem Konto einen Namen.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/bridge/tray_icon.cpp" line="15" />
        <source>Show or hide Tessera</source>
        <translation>Tessera zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/tray_icon.cpp" line="16" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/tray_icon.cpp" line="18" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="103" />
        <source>Choose a password you do not use anywhere else.</source>
        <translation>Wählen Sie ein Passwort, das Sie nirgends sonst verwenden.</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="105" />
        <source>Too short: use at least 12 characters, or four unrelated words.</source>
        <translation>Zu kurz: mindestens 12 Zeichen oder vier zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="107" />
        <source>Fair: a few more characters make it much harder to guess.</source>
        <translation>Ausreichend: ein paar Zeichen mehr machen es viel schwerer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="109" />
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="111" />
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/bridge/vault_controller.cpp" line="166" />
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/bridge/vault_controller.cpp" line="168" />
        <source>Skipped %n line(s): %1</source>
        <translation>
            <numerusform>%n Zeile übersprungen: %1</numerusform>
            <numerusform>%n Zeilen übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/bridge/vault_controller.cpp" line="190" />
        <source>Type the vault password.</source>
        <translation>Geben Sie das Tresorpasswort ein.</translation>
    </message>
</context>
</TS>