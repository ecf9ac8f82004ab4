<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="16"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="17"/>
        <source>Choose accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="66"/>
        <source>%1, %2, counter-based code, activate for the next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/AccountDelegate.qml" line="67"/>
        <source>%1, %2, code %3, %n second(s) left</source>
        <translation>
            <numerusform>%1, %2, code %3, %n second left</numerusform>
            <numerusform>%1, %2, code %3, %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="68"/>
        <source>Press Enter to copy the code, the menu key for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="91"/>
        <source>Drag to move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="209"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="169"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="242"/>
        <source>Next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="251"/>
        <source>More for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="10"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="63"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="70"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="71"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="68"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="69"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="72"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="82"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="84"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="85"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="86"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="98"/>
        <source>Change icon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="99"/>
        <source>Choose a service&apos;s icon, a picture or the first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="106"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="114"/>
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="115"/>
        <source>Steam Guard, every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="116"/>
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="122"/>
        <source>Added %1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="134"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="155"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="137"/>
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Show secret key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Show QR code for a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Hide QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="167"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="180"/>
        <source>QR code of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="190"/>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="193"/>
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="194"/>
        <source>%1 of %2 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="201"/>
        <source>Copy the next unused code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Hide recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Show recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="228"/>
        <source>used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="300"/>
        <source>Save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="301"/>
        <source>You changed this account&apos;s details but have not saved them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="302"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="303"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="236"/>
        <source>Paste new codes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="239"/>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="245"/>
        <source>They replace the old set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="250"/>
        <source>Save codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="256"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="293"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="258"/>
        <source>Delete this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="270"/>
        <source>Show the secret key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="271"/>
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="272"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="278"/>
        <source>Show the QR code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="279"/>
        <source>The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="280"/>
        <source>Show QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="285"/>
        <source>Save the QR code in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="291"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="292"/>
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSitesSection</name>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="30"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="32"/>
        <source>The websites where this account signs in (github.com also covers gist.github.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="51"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="61"/>
        <source>Add a website, such as github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="62"/>
        <source>New website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="70"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="34"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="35"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="49"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="51"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="58"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="254"/>
        <source>My order (drag to arrange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="255"/>
        <source>By issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="256"/>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="259"/>
        <source>Favourites first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="63"/>
        <source>Add account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="281"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="282"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="68"/>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="12"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="191"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="75"/>
        <source>Main menu (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="120"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="141"/>
        <source>%1 came from another computer under another password. Merge it to keep what was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="151"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="265"/>
        <source>Compact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="275"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="347"/>
        <source>Scan a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="276"/>
        <source>Export to a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="278"/>
        <source>Import from another app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="279"/>
        <source>Back up or export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="283"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="294"/>
        <source>Details and recovery codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="301"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="306"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="337"/>
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="348"/>
        <source>Add your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="355"/>
        <source>Merge a copy from another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="356"/>
        <source>Type the password %1 was saved with (the vault keeps its own password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="358"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="364"/>
        <source>The copy&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="12"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="170"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="225"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="46"/>
        <source>Scan a QR code instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="55"/>
        <source>Enter a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="56"/>
        <source>Paste a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="70"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="77"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="74"/>
        <source>e.g. Gcore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="80"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="86"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="84"/>
        <source>e.g. you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="89"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="97"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="93"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="104"/>
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="112"/>
        <source>Advanced: type, algorithm, digits, period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="119"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Steam Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="126"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="132"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="134"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="139"/>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="141"/>
        <source>Period (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="147"/>
        <source>Period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="149"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="156"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="187"/>
        <source>Paste the otpauth:// link that the service offers, for example under “Can&apos;t scan the code?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="199"/>
        <source>otpauth link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>%1 · %2 · %3, %4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppAnswers</name>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="118"/>
        <location filename="../../core/session/app_answers.cpp" line="150"/>
        <source>the list of your accounts (names only, no codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="125"/>
        <source>the code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="127"/>
        <source>the recovery codes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="129"/>
        <source>a recovery code of %1 (it will be marked used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="143"/>
        <source>the code for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="145"/>
        <source>the recovery codes for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="147"/>
        <source>a recovery code for “%1” (it will be marked used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_linux.cpp" line="17"/>
        <source>This desktop does not let apps type into other windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/auto_type_other.cpp" line="10"/>
        <source>Tessera cannot type into other windows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_x11.cpp" line="44"/>
        <source>The X server does not let apps type (it has no XTEST extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/auto_type_macos.cpp" line="62"/>
        <source>macOS lets Tessera type only with the Accessibility permission: System Settings → Privacy &amp; Security → Accessibility → Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="16"/>
        <source>Back up or export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="65"/>
        <source>Tessera backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="66"/>
        <source>Everything, encrypted with a password of its own: groups, notes and recovery codes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="71"/>
        <source>Aegis (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="72"/>
        <source>For Aegis on Android and every app that imports Aegis files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="77"/>
        <source>Aegis (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="78"/>
        <source>For apps that cannot open an encrypted Aegis file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="83"/>
        <source>otpauth:// links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="84"/>
        <source>One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="89"/>
        <source>Printable sheet of recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="90"/>
        <source>The services&apos; backup codes, to print and keep in a drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="93"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="99"/>
        <source>This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="109"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="115"/>
        <source>Password for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="124"/>
        <source>The password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="131"/>
        <source>You will need this password to import the file; Tessera cannot recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="141"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="152"/>
        <source>Open the sheet to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="169"/>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserIntegrationSection</name>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="13"/>
        <source>Browser integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="15"/>
        <source>Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is asked about once here, and each website once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="43"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="44"/>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="51"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="52"/>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="60"/>
        <source>No browser was found on this computer. Start your browser once, then look here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="67"/>
        <source>The extension comes from your browser&apos;s add-on store, or loads unpacked (developer mode) from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="68"/>
        <source>The extension comes from your browser&apos;s add-on store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="86"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="91"/>
        <source>Look for browsers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="105"/>
        <source>Browsers allowed to ask for codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="115"/>
        <source>%1, allowed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="122"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="123"/>
        <source>Forget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="130"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: never filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="147"/>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="148"/>
        <source>Ask again about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPrompt</name>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — allow a browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — fill a code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="58"/>
        <source>The Tessera extension in this browser asks to be paired. Once allowed, it can ask for the codes of the websites you answer Always or Once for. If you did not just ask for a code in your browser, choose Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="61"/>
        <source>The page asks for a code. Always fills it on this site from now on (on every computer with this vault); Never stops asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="73"/>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="80"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="86"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAccessSection</name>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="14"/>
        <location filename="../../qml/requests/CliAccessSection.qml" line="20"/>
        <source>Let tessera-cli use the unlocked app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>While unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="28"/>
        <source>tessera-cli asks for the password and opens the vault file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="29"/>
        <source>While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your own programs can ask; nothing can be added, changed or exported this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockChip</name>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="23"/>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="74"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="100"/>
        <source>Correct codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="45"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="50"/>
        <source>Correct codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSearch</name>
    <message>
        <location filename="../../qml/desktop/linux/desktop_search_linux.cpp" line="138"/>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="15"/>
        <source>Export to a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="41"/>
        <source>The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="47"/>
        <source>On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for %n account(s)</source>
        <translation>
            <numerusform>Show the code for %n account</numerusform>
            <numerusform>Show the codes for %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="78"/>
        <source>Transfer code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="91"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="92"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="93"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="116"/>
        <source>Save the codes in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="11"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="37"/>
        <source>Welcome to Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="43"/>
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="50"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="52"/>
        <source>New vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="64"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="81"/>
        <location filename="../../qml/vault/FirstRunPage.qml" line="83"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="89"/>
        <source>Also unlock with the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="95"/>
        <source>Check this computer&apos;s clock against time servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="101"/>
        <source>Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="140"/>
        <source>Start by importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="147"/>
        <source>After creating the vault, Tessera opens the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="169"/>
        <source>Import another authenticator&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="152"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="135"/>
        <source>Open a vault from another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="163"/>
        <source>Open a Tessera vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundAccountRow</name>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="22"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="33"/>
        <source>already in Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <location filename="../../qml/desktop/global_shortcut.cpp" line="17"/>
        <source>This desktop does not let apps set shortcuts. To open the quick picker with %1, add a shortcut for the command “tessera --quick” in the desktop&apos;s keyboard settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="99"/>
        <source>The desktop did not open a shortcut session for Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="109"/>
        <source>Open Tessera&apos;s quick picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="119"/>
        <source>The desktop did not grant the shortcut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="135"/>
        <source>The desktop&apos;s shortcut portal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="48"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="80"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="70"/>
        <source>%1 cannot be a global shortcut: use a letter, digit or function key with modifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="52"/>
        <source>%1 alone would stop the key from working everywhere else: add Ctrl, Alt or Super.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="57"/>
        <source>The keyboard layout in use has no key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="67"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="98"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="84"/>
        <source>Another program already uses %1. Choose other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="68"/>
        <source>The X server refused the shortcut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="99"/>
        <source>macOS refused the shortcut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="85"/>
        <source>Windows refused the shortcut %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/components/HeaderBar.qml" line="29"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>Icon for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="20"/>
        <source>Use this icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="37"/>
        <location filename="../../qml/accounts/IconChooser.qml" line="38"/>
        <source>Search icons by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="53"/>
        <source>Service icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="102"/>
        <source>No service&apos;s icon matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="111"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="118"/>
        <source>First letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="125"/>
        <source>Picture file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="141"/>
        <source>Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="142"/>
        <source>Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="151"/>
        <source>Choose a picture for the account&apos;s icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconPacksSection</name>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="13"/>
        <source>Service icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="15"/>
        <source>Accounts show their service&apos;s icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="26"/>
        <source>%1, version %2: %n icon(s)</source>
        <translation>
            <numerusform>%1, version %2: %n icon</numerusform>
            <numerusform>%1, version %2: %n icons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="34"/>
        <source>Remove the icon pack “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="44"/>
        <source>Add an Aegis icon pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="52"/>
        <source>Use pack icons for %n account(s)</source>
        <translation>
            <numerusform>Use pack icons for %n account</numerusform>
            <numerusform>Use pack icons for %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="59"/>
        <source>Reading the icon pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="68"/>
        <source>Add an Aegis icon pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>Icon packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="12"/>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="52"/>
        <source>Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="59"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="69"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="71"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>Recognise it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="80"/>
        <source>Format of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="90"/>
        <source>Password of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="98"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="108"/>
        <source>Reading the file; an encrypted one can take a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="111"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="127"/>
        <source>In the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has all of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="139"/>
        <source>Choose all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="140"/>
        <source>Choose none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Add %n account</numerusform>
            <numerusform>Add %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Nothing new to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="175"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="183"/>
        <source>Open an export of another authenticator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Locked — Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Main.qml" line="91"/>
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>Added %n account</numerusform>
            <numerusform>Added %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="107"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="12"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="13"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="14"/>
        <source>Quick unlock with a PIN: on until Tessera quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="15"/>
        <source>Quick unlock with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="29"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="34"/>
        <source>After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera instead of the password. It is kept in memory only, for this run: locking by hand, quitting or three wrong PINs forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="54"/>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="55"/>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="62"/>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="71"/>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../qml/desktop/linux/autostart_xdg.cpp" line="81"/>
        <source>Start Tessera when you log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAccessSection</name>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="15"/>
        <source>Quick access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="18"/>
        <source>Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into the window you were in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="20"/>
        <source>The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="26"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="30"/>
        <source>Press the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="31"/>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="33"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="32"/>
        <source>Shortcut for the quick picker: %1. Press to choose other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="52"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="59"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="75"/>
        <source>Shift+Enter copies the code here instead of typing it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="12"/>
        <source>Tessera quick picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="82"/>
        <source>Unlock Tessera to pick a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="109"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="121"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="145"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="169"/>
        <source>Enter copies · Shift+Enter types it · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="170"/>
        <source>Enter copies · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPickerRow</name>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="28"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="29"/>
        <source>Press Enter to copy the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPrompt</name>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="15"/>
        <source>Tessera — allow tessera-cli?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="64"/>
        <source>Tessera is locked. Your PIN unlocks it and allows this request; if you did not just run tessera-cli, choose Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="66"/>
        <source>If you did not just run tessera-cli, choose Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="75"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="90"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="101"/>
        <source>Unlock and allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="109"/>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="115"/>
        <source>Allow for 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="122"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="15"/>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="56"/>
        <source>Open a picture of the service&apos;s QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Open picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="66"/>
        <source>From the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <location filename="../../qml/add/ScanPage.qml" line="84"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="110"/>
        <source>The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="111"/>
        <source>No camera found. Connect one, or open a picture of the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="119"/>
        <source>Hold the code steady in front of the camera; it stops by itself once the code is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="128"/>
        <source>Reading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="131"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="153"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has all of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Add %n account</numerusform>
            <numerusform>Add %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Nothing new to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="186"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="194"/>
        <source>Open a picture of the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="27"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="36"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="39"/>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="45"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="49"/>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="56"/>
        <source>Clear copied codes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="62"/>
        <source>Clear the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="68"/>
        <source>Unlock with the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="81"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="82"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="85"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="88"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="94"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="104"/>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="99"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="109"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="113"/>
        <source>Closing the window keeps Tessera in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="118"/>
        <source>Start Tessera in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="132"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="134"/>
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="148"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="153"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="159"/>
        <source>A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="160"/>
        <source>An encrypted copy also goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="167"/>
        <source>The last copy could not go there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Choose a second folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="181"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="190"/>
        <source>Several computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="192"/>
        <source>Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) and open it on each computer: changes made on both are merged, and the copies a sync tool leaves beside it are merged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="200"/>
        <source>Move to another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="211"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="213"/>
        <source>Services accept a code only when this computer&apos;s clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="258"/>
        <source>Correct codes with the measured time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="263"/>
        <source>Check the clock when Tessera starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="269"/>
        <source>Shift codes by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="275"/>
        <source>seconds, e.g. 30 or -12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="276"/>
        <source>Offset in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="283"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="289"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="290"/>
        <source>Forget the correction: codes use the system clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="294"/>
        <source>Time servers, one per line (HOST or HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="300"/>
        <source>Time servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="304"/>
        <source>Where time servers are blocked, use the time of this web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="311"/>
        <source>https://… (empty: no fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="314"/>
        <source>Fallback web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="326"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="327"/>
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="331"/>
        <source>Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="336"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="343"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="351"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="352"/>
        <source>The accounts become those of the backup, on this computer and on every computer that shares the vault. The vault as it is now is kept in the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="354"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="359"/>
        <source>A second folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="364"/>
        <source>Move the vault to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="371"/>
        <source>Change the vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="372"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="376"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="377"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="379"/>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="53"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/components/Toast.qml" line="59"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="11"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="108"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="26"/>
        <source>Tessera is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="36"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="41"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="59"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="62"/>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="89"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="94"/>
        <source>Use keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="101"/>
        <source>Use the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="116"/>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="125"/>
        <source>Open a Tessera vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27"/>
        <source>The secret key is not valid Base32: &apos;%1&apos; at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32"/>
        <source>The secret key is not valid %1; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34"/>
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="36"/>
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="39"/>
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40"/>
        <source>This holds a &apos;%1&apos; link, not an otpauth:// authenticator link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42"/>
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44"/>
        <source>The otpauth:// link has type &apos;%1&apos;; only totp, hotp and steam are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46"/>
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="48"/>
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51"/>
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53"/>
        <source>&apos;%1&apos; digits is not supported; use 6 to 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55"/>
        <source>The period &apos;%1&apos; is not valid; use a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="57"/>
        <source>The counter &apos;%1&apos; is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60"/>
        <source>The algorithm &apos;%1&apos; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62"/>
        <source>The type &apos;%1&apos; is not supported; use totp, hotp or steam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64"/>
        <source>The time &apos;%1&apos; is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="66"/>
        <source>No account matches &apos;%1&apos;; &apos;tessera-cli list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68"/>
        <source>&apos;%1&apos; matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="73"/>
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="75"/>
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="77"/>
        <source>Give the service or the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="79"/>
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="81"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="83"/>
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="85"/>
        <source>&apos;%1&apos; is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="88"/>
        <source>&apos;%1&apos; is not an https:// address; the time fallback needs a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="91"/>
        <source>&apos;%1&apos; is not a website; give its address, such as github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="93"/>
        <source>&apos;%1&apos; is shared by many unrelated websites; give the site itself, such as example.co.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="96"/>
        <source>%1 is not among this account&apos;s websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="98"/>
        <source>The offset &apos;%1&apos; is not valid; give seconds, e.g. 92.5 or -30, within 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="100"/>
        <source>No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103"/>
        <source>This QR code holds a web address, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105"/>
        <source>This QR code holds a Wi-Fi network, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107"/>
        <source>This QR code holds an e-mail address, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="109"/>
        <source>This QR code holds a phone number, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="111"/>
        <source>This QR code holds a contact card, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112"/>
        <source>This QR code holds plain text, not an authenticator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="114"/>
        <source>%1 bytes do not fit in one QR code; export fewer accounts per code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="116"/>
        <source>Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="118"/>
        <source>This picture is larger than %1 KiB; choose a smaller one for an account&apos;s icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="120"/>
        <source>This file is not a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="122"/>
        <source>This is not an Aegis icon pack (%1); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="124"/>
        <source>This ZIP archive cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="126"/>
        <source>%1 in this ZIP archive is larger than Tessera reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="128"/>
        <source>Could not take a picture of the screen (%1); save a screenshot and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="131"/>
        <source>This file is not an export Tessera knows; choose its format, or export again from the other app as Aegis JSON or an otpauth:// list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="133"/>
        <source>&apos;%1&apos; is not an import format Tessera knows; see &apos;tessera-cli import --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="137"/>
        <source>This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="141"/>
        <source>This %1 file is encrypted; give the password it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="145"/>
        <source>This file cannot be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="146"/>
        <source>This %1 file cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="150"/>
        <source>The file holds no accounts; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="151"/>
        <source>No account in the file could be read (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="153"/>
        <source>An encrypted export needs a password: give it with --export-password-file, or choose a plain export on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="157"/>
        <source>No account has recovery codes yet; add a service&apos;s backup codes to its account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="158"/>
        <source>There is nothing to export; the vault has no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="162"/>
        <source>This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every code the phone shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="165"/>
        <source>This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code the phone shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="170"/>
        <source>Wrong password; the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="172"/>
        <source>Wrong password for this %1 file; nothing was imported. Use the password you chose when you exported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="176"/>
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="179"/>
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="182"/>
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="184"/>
        <source>There is no vault at %1; create one with &apos;tessera-cli init&apos; or give its path with --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="187"/>
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="189"/>
        <source>%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a sync that has not finished), so nothing was written. Merge a newer copy with &apos;tessera-cli merge FILE&apos;, or make this copy the vault on purpose with &apos;tessera-cli restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="194"/>
        <source>%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="197"/>
        <source>The vault&apos;s password was changed on another computer; unlock %1 with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="200"/>
        <source>The vault is being re-encrypted for the new password; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="202"/>
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="204"/>
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="206"/>
        <source>The disk is full: %1 could not be written, and nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="209"/>
        <source>The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the vault in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="212"/>
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="214"/>
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="216"/>
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="219"/>
        <source>Could not reach a time server (%1); check the network connection or the time servers in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="223"/>
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="225"/>
        <source>The QR reader could not run (%1); reinstall Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="227"/>
        <source>Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR code has, or is too large. Crop it to the QR code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="231"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="233"/>
        <source>This file was refused: it asks for %1, far more than any authenticator export needs. It may be damaged or made to stall Tessera; export it again from the app it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="237"/>
        <source>%1 Nothing was changed. If this computer&apos;s clock really is that far off, correct it, or run &apos;tessera-cli time --accept-large-offset&apos; to correct codes by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="241"/>
        <source>No private channel to the running Tessera could be set up (%1), so this window works on its own; files and links opened now are not passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="245"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="248"/>
        <source>Wrong PIN. That was the third: unlock with the password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/common/error_text.cpp" line="249"/>
        <source>Wrong PIN; %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN; %n attempt left.</numerusform>
            <numerusform>Wrong PIN; %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="251"/>
        <source>The running Tessera was asked for %1 and the answer was Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="255"/>
        <source>This password is too easy to guess (about %1 bits; at least 40 are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="259"/>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::TimeStatus</name>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="30"/>
        <source>%1 of %2 time servers say so, and no secure source confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="31"/>
        <source>No secure source confirmed it, and a forged time reply could claim this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="32"/>
        <source>Your clock seems %1 behind — correct codes by that much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="33"/>
        <source>Your clock seems %1 ahead — correct codes by that much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="43"/>
        <location filename="../../core/session/time_status_text.cpp" line="45"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="47"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="53"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="60"/>
        <source>The clock could not be checked: no time server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="61"/>
        <source>The clock has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="64"/>
        <source>Codes use the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="65"/>
        <source>Codes are shifted by %1%2 (set by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="67"/>
        <source>A shift of %1%2 is set by hand but correction is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="71"/>
        <source>Clock is accurate (±%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="75"/>
        <source>Your clock is %1 behind — codes are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="76"/>
        <source>Your clock is %1 ahead — codes are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="77"/>
        <source>Your clock is %1 behind — codes are not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="78"/>
        <source>Your clock is %1 ahead — codes are not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="85"/>
        <source>Clock unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>System clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>Clock shifted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="89"/>
        <source>Clock OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="91"/>
        <source>Clock corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="92"/>
        <source>Clock %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="103"/>
        <source>Set by hand on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="105"/>
        <source>Measured with %1 (SNTP, ±%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="107"/>
        <source>Measured with %1 (HTTPS, ±%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="74"/>
        <source>%1 — clears in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="82"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="204"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="217"/>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="258"/>
        <source>Recovery code copied and marked as used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/accounts_controller.cpp" line="277"/>
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>%n recovery code saved</numerusform>
            <numerusform>%n recovery codes saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AutoType</name>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="54"/>
        <source>Tessera did not see which window you came from, so it typed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="70"/>
        <source>The desktop did not let Tessera type, so it typed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="74"/>
        <source>The desktop did not answer whether Tessera may type, so it typed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="91"/>
        <source>A modifier key stayed pressed, so Tessera typed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="92"/>
        <source>The window you came from did not take the keyboard back, so Tessera typed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="100"/>
        <source>Another window took the keyboard, so Tessera stopped typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="102"/>
        <source>The keyboard layout in use has no key for “%1”, so Tessera stopped typing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserIntegrationController</name>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="34"/>
        <source>Cannot be connected: its sandbox cannot start Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="36"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="38"/>
        <source>Connected to another copy of Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="86"/>
        <source>%1 is connected. Add the Tessera extension to it, then sign in as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="94"/>
        <source>%1 is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserRequestsController</name>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="57"/>
        <source>Allow %1 to request codes from Tessera?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="60"/>
        <source>Fill codes on %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::CliRequestsController</name>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="53"/>
        <source>tessera-cli wants %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="54"/>
        <source>tessera-cli (%1) wants %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ExportController</name>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="75"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="121"/>
        <source>%1 is not included: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="133"/>
        <source>None of these accounts can be transferred to Google Authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="169"/>
        <source>Tessera → Google Authenticator · %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="173"/>
        <source>Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::FileExportController</name>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="47"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="101"/>
        <source>Choose a password for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="119"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::IconPacksController</name>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="102"/>
        <source>Icon pack “%1” (version %2) added: %n icon(s).</source>
        <translation>
            <numerusform>Icon pack “%1” (version %2) added: %n icon.</numerusform>
            <numerusform>Icon pack “%1” (version %2) added: %n icons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="104"/>
        <source>%n of its pictures could not be used.</source>
        <translation>
            <numerusform>%n of its pictures could not be used.</numerusform>
            <numerusform>%n of its pictures could not be used.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="121"/>
        <source>Icon pack removed. Accounts keep the icons they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="135"/>
        <source>%n account(s) now show the pack&apos;s icon.</source>
        <translation>
            <numerusform>%n account now shows the pack&apos;s icon.</numerusform>
            <numerusform>%n accounts now show the pack&apos;s icon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ImportController</name>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="111"/>
        <source>Left out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="118"/>
        <source>Wait until the file being read is done, then open the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="154"/>
        <source>This %1 file is encrypted. Type the password it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="161"/>
        <source>Type the password of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="173"/>
        <source>Reading the %1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="190"/>
        <source>Stopped reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="200"/>
        <source>Choose at least one account to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="213"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>Added %n account.</numerusform>
            <numerusform>Added %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="215"/>
        <source>%n entry(s) of the file could not be read and were left out.</source>
        <translation>
            <numerusform>%n entry of the file could not be read and was left out.</numerusform>
            <numerusform>%n entries of the file could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PinController</name>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="28"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="35"/>
        <source>PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="43"/>
        <source>PIN removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PortalRequest</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="36"/>
        <source>it was cancelled or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="42"/>
        <source>the desktop portal&apos;s picture could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::QuickPickerController</name>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="31"/>
        <source>Typing into other windows is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="80"/>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="99"/>
        <source>%1 The code was copied instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="116"/>
        <source>Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanController</name>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="185"/>
        <source>The clipboard holds no picture and no link; copy the QR code&apos;s picture or its otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="122"/>
        <source>Looking at the screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="29"/>
        <source>Stopped reading the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Found %n account.</numerusform>
            <numerusform>Found %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Part read; scan the next code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="189"/>
        <source>Nothing new in this picture: its accounts are already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="212"/>
        <source>All %1 codes of the Google Authenticator export read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="218"/>
        <source>%1 of %2 codes of the Google Authenticator export read; still missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="230"/>
        <source>Left out %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="244"/>
        <source>Choose at least one account to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="256"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>Added %n account.</numerusform>
            <numerusform>Added %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanResultModel</name>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="14"/>
        <source>TOTP · %1 digits · %2 s · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="16"/>
        <source>HOTP · %1 digits · counter %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="18"/>
        <source>Steam Guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScreenGrabber</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="58"/>
        <source>no direct access and no desktop portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="77"/>
        <source>no screenshot portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/screen_grabber_portal_other.cpp" line="8"/>
        <source>the system refused it; allow screen recording for Tessera in the privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::SyncController</name>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="51"/>
        <source>No more copies go to a second folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="52"/>
        <source>After each change an encrypted copy of the vault also goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="69"/>
        <source>Type the password this copy was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="78"/>
        <source>Merged %1: nothing new in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="89"/>
        <source>This backup was saved under another password; restore it with &apos;tessera-cli restore --copy-password-file&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="93"/>
        <source>Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="117"/>
        <source>The vault is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TimeController</name>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="147"/>
        <source>No time server answered, so the clock is unchecked. Codes may be refused if this computer&apos;s clock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="150"/>
        <source>This computer&apos;s clock changed since the last check; check it again so codes stay right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="17"/>
        <source>Show or hide Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="18"/>
        <source>Quick picker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="19"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="21"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="55"/>
        <source>Copy the code for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="34"/>
        <source>The vault file was changed by another program and cannot be used now: %1 Until it can, Tessera shows the accounts it had and saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="43"/>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="46"/>
        <source>The vault&apos;s password was changed on another computer. Unlock it with the new password; nothing was saved over that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="50"/>
        <source>This vault file lacks changes this computer saw before: an older copy was put in its place (a backup, or a sync that has not finished). Changes made here are merged with it; to go back on purpose, restore a backup in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="108"/>
        <source>Choose a password you do not use anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="110"/>
        <source>Too easy to guess (about %1 bits; at least 40 are needed). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="112"/>
        <source>Weak (about %1 bits; 65 or more is good). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Strong (about %1 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Good (about %1 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="249"/>
        <source>Password changed; the vault has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="252"/>
        <source>%n backup(s) re-encrypted with it.</source>
        <translation>
            <numerusform>%n backup re-encrypted with it.</numerusform>
            <numerusform>%n backups re-encrypted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="254"/>
        <source>%n backup(s) that could not be re-encrypted were removed.</source>
        <translation>
            <numerusform>%n backup that could not be re-encrypted were removed.</numerusform>
            <numerusform>%n backups that could not be re-encrypted were removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="256"/>
        <source>These copies still open with the old password; delete them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="259"/>
        <source>Unlocking with the keychain is now off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="280"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n account added</numerusform>
            <numerusform>%n accounts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n account changed</numerusform>
            <numerusform>%n accounts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n account(s) removed</source>
        <translation>
            <numerusform>%n account removed</numerusform>
            <numerusform>%n accounts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="288"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="289"/>
        <source>%1 on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation type="vanished">
            <numerusform>Imported %n account.</numerusform>
            <numerusform>Imported %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s): %1</source>
        <translation type="vanished">
            <numerusform>Skipped %n line: %1</numerusform>
            <numerusform>Skipped %n lines: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="158"/>
        <source>Type the vault password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
