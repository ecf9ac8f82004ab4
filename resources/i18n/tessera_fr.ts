<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="16"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="17"/>
        <source>Choose accounts</source>
        <translation>Choisir des comptes</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="66"/>
        <source>%1, %2, counter-based code, activate for the next code</source>
        <translation>%1, %2, code basé sur un compteur, activer pour le code suivant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/AccountDelegate.qml" line="67"/>
        <source>%1, %2, code %3, %n second(s) left</source>
        <translation>
            <numerusform>%1, %2, code %3, %n seconde restante</numerusform>
            <numerusform>%1, %2, code %3, %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="68"/>
        <source>Press Enter to copy the code, the menu key for more</source>
        <translation>Appuyez sur Entrée pour copier le code, sur la touche Menu pour plus d&apos;options</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="91"/>
        <source>Drag to move %1</source>
        <translation>Faire glisser pour déplacer %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="209"/>
        <source>next %1</source>
        <translation>suivant %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="242"/>
        <source>Next code</source>
        <translation>Code suivant</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="251"/>
        <source>More for %1</source>
        <translation>Plus pour %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="169"/>
        <source>Favourite</source>
        <translation>Favori</translation>
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
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="68"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="69"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="72"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="82"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="84"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="85"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="86"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="98"/>
        <source>Change icon…</source>
        <translation>Changer l&apos;icône…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="99"/>
        <source>Choose a service&apos;s icon, a picture or the first letter</source>
        <translation>Choisir l&apos;icône d&apos;un service, une image ou la première lettre</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="106"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="114"/>
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation>Basé sur un compteur (HOTP), %1, %2 chiffres, compteur suivant %3</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="115"/>
        <source>Steam Guard, every %1 s</source>
        <translation>Steam Guard, toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="116"/>
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation>Basé sur le temps (TOTP), %1, %2 chiffres, toutes les %3 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="122"/>
        <source>Added %1 · changed %2</source>
        <translation>Ajouté le %1 · modifié le %2</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="134"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="155"/>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="137"/>
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation>Quiconque voit la clé peut générer vos codes. Ne l&apos;affichez que pour déplacer le compte vers un autre appareil.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Show secret key…</source>
        <translation>Afficher la clé secrète…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Show QR code for a phone…</source>
        <translation>Afficher le code QR pour un téléphone…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Hide QR code</source>
        <translation>Masquer le code QR</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="167"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="180"/>
        <source>QR code of this account</source>
        <translation>Code QR de ce compte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="190"/>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="193"/>
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation>Des services comme MyKerio ou Gcore fournissent des codes de secours à usage unique en cas de perte de l&apos;authentificateur. Conservez-les ici.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="194"/>
        <source>%1 of %2 unused</source>
        <translation>%1 sur %2 inutilisés</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="201"/>
        <source>Copy the next unused code</source>
        <translation>Copier le prochain code inutilisé</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Hide recovery codes</source>
        <translation>Masquer les codes de récupération</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Show recovery codes</source>
        <translation>Afficher les codes de récupération</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="228"/>
        <source>used %1</source>
        <translation>utilisé le %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="236"/>
        <source>Paste new codes, one per line</source>
        <translation>Collez les nouveaux codes, un par ligne</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="239"/>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="245"/>
        <source>They replace the old set</source>
        <translation>Ils remplacent l&apos;ancienne série</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="250"/>
        <source>Save codes</source>
        <translation>Enregistrer les codes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="256"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="293"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="258"/>
        <source>Delete this account…</source>
        <translation>Supprimer ce compte…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="270"/>
        <source>Show the secret key?</source>
        <translation>Afficher la clé secrète ?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="271"/>
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Assurez-vous que personne ne voit votre écran et qu&apos;il n&apos;est ni partagé ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="272"/>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="278"/>
        <source>Show the QR code?</source>
        <translation>Afficher le code QR ?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="279"/>
        <source>The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Le code contient la clé secrète : quiconque le voit ou le photographie peut générer vos codes. Assurez-vous que personne ne voit votre écran et qu&apos;il n&apos;est ni partagé ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="280"/>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="285"/>
        <source>Save the QR code in</source>
        <translation>Enregistrer le code QR dans</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="291"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="292"/>
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation>Désactivez d&apos;abord la connexion à deux facteurs auprès du service, ou gardez ce compte sur un autre appareil : sans lui, vous risquez de ne plus pouvoir vous connecter.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="300"/>
        <source>Save your changes?</source>
        <translation>Enregistrer vos modifications ?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="301"/>
        <source>You changed this account&apos;s details but have not saved them.</source>
        <translation>Vous avez modifié les informations de ce compte sans les enregistrer.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="302"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="303"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>AccountSitesSection</name>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="30"/>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="32"/>
        <source>The websites where this account signs in (github.com also covers gist.github.com).</source>
        <translation>Les sites web sur lesquels ce compte se connecte (github.com couvre aussi gist.github.com).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="51"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="61"/>
        <source>Add a website, such as github.com</source>
        <translation>Ajouter un site web, par exemple github.com</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="62"/>
        <source>New website</source>
        <translation>Nouveau site web</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="70"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="12"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="191"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="34"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="35"/>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="49"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="51"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="58"/>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="63"/>
        <source>Add account (Ctrl+N)</source>
        <translation>Ajouter un compte (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="68"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="75"/>
        <source>Main menu (F10)</source>
        <translation>Menu principal (F10)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="120"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="141"/>
        <source>%1 came from another computer under another password. Merge it to keep what was changed there.</source>
        <translation>%1 vient d’un autre ordinateur, avec un autre mot de passe. Fusionnez-le pour garder ce qui y a été modifié.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="151"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="254"/>
        <source>My order (drag to arrange)</source>
        <translation>Mon ordre (glisser pour ranger)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="255"/>
        <source>By issuer</source>
        <translation>Par émetteur</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="256"/>
        <source>Most used</source>
        <translation>Les plus utilisés</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="259"/>
        <source>Favourites first</source>
        <translation>Favoris en premier</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="265"/>
        <source>Compact list</source>
        <translation>Liste compacte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="275"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="347"/>
        <source>Scan a QR code…</source>
        <translation>Scanner un code QR…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="276"/>
        <source>Export to a phone…</source>
        <translation>Exporter vers un téléphone…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="278"/>
        <source>Import from another app…</source>
        <translation>Importer depuis une autre application…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="279"/>
        <source>Back up or export to a file…</source>
        <translation>Sauvegarder ou exporter dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="281"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="282"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="283"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="294"/>
        <source>Details and recovery codes…</source>
        <translation>Détails et codes de récupération…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="301"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="306"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>Nothing matches “%1”</source>
        <translation>Rien ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="337"/>
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation>Quand un service comme Gcore, Kaspersky ou Google active la connexion à deux facteurs, il affiche un code QR et une clé du type « JBSW Y3DP EHPK 3PXP ». Ajoutez-le ici avec la clé ou le lien otpauth://, et Tessera affiche le code à six chiffres à saisir.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="348"/>
        <source>Add your first account</source>
        <translation>Ajoutez votre premier compte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="355"/>
        <source>Merge a copy from another computer</source>
        <translation>Fusionner une copie d’un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="356"/>
        <source>Type the password %1 was saved with (the vault keeps its own password).</source>
        <translation>Saisissez le mot de passe avec lequel %1 a été enregistré (le coffre garde son propre mot de passe).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="358"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="364"/>
        <source>The copy&apos;s password</source>
        <translation>Mot de passe de la copie</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="12"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="170"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="225"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="46"/>
        <source>Scan a QR code instead…</source>
        <translation>Scanner plutôt un code QR…</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="55"/>
        <source>Enter a key</source>
        <translation>Saisir une clé</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="56"/>
        <source>Paste a link</source>
        <translation>Coller un lien</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="70"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="77"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="74"/>
        <source>e.g. Gcore</source>
        <translation>p. ex. Gcore</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="80"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="86"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="84"/>
        <source>e.g. you@example.com</source>
        <translation>p. ex. vous@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="89"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="97"/>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="93"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>p. ex. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="104"/>
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation>Les espaces, traits d&apos;union et minuscules sont acceptés.</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="112"/>
        <source>Advanced: type, algorithm, digits, period</source>
        <translation>Avancé : type, algorithme, chiffres, période</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="119"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="124"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Time-based (TOTP)</source>
        <translation>Basé sur le temps (TOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Counter-based (HOTP)</source>
        <translation>Basé sur un compteur (HOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="126"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="132"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="134"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="139"/>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="141"/>
        <source>Period (seconds)</source>
        <translation>Période (secondes)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="147"/>
        <source>Period in seconds</source>
        <translation>Période en secondes</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="149"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="156"/>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="187"/>
        <source>Paste the otpauth:// link that the service offers, for example under “Can&apos;t scan the code?”.</source>
        <translation>Collez le lien otpauth:// proposé par le service, par exemple sous « Impossible de scanner le code ? ».</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="199"/>
        <source>otpauth link</source>
        <translation>Lien otpauth</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>%1 · %2 · %3, %4 digits</source>
        <translation>%1 · %2 · %3, %4 chiffres</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
</context>
<context>
    <name>AppAnswers</name>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="118"/>
        <location filename="../../core/session/app_answers.cpp" line="150"/>
        <source>the list of your accounts (names only, no codes)</source>
        <translation>la liste de vos comptes (noms seulement, sans codes)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="125"/>
        <source>the code for %1</source>
        <translation>le code de %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="127"/>
        <source>the recovery codes of %1</source>
        <translation>les codes de récupération de %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="129"/>
        <source>a recovery code of %1 (it will be marked used)</source>
        <translation>un code de récupération de %1 (il sera marqué comme utilisé)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="143"/>
        <source>the code for “%1”</source>
        <translation>le code pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="145"/>
        <source>the recovery codes for “%1”</source>
        <translation>les codes de récupération pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="147"/>
        <source>a recovery code for “%1” (it will be marked used)</source>
        <translation>un code de récupération pour « %1 » (il sera marqué comme utilisé)</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_linux.cpp" line="17"/>
        <source>This desktop does not let apps type into other windows.</source>
        <translation>Ce bureau ne laisse pas les applications taper dans d’autres fenêtres.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/auto_type_other.cpp" line="10"/>
        <source>Tessera cannot type into other windows here.</source>
        <translation>Tessera ne peut pas taper dans d’autres fenêtres ici.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_x11.cpp" line="44"/>
        <source>The X server does not let apps type (it has no XTEST extension).</source>
        <translation>Le serveur X ne laisse pas les applications taper (il n’a pas l’extension XTEST).</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/auto_type_macos.cpp" line="62"/>
        <source>macOS lets Tessera type only with the Accessibility permission: System Settings → Privacy &amp; Security → Accessibility → Tessera.</source>
        <translation>macOS ne laisse Tessera taper qu’avec l’autorisation Accessibilité : Réglages Système → Confidentialité et sécurité → Accessibilité → Tessera.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="16"/>
        <source>Back up or export to a file</source>
        <translation>Sauvegarder ou exporter dans un fichier</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="65"/>
        <source>Tessera backup</source>
        <translation>Sauvegarde Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="66"/>
        <source>Everything, encrypted with a password of its own: groups, notes and recovery codes too.</source>
        <translation>Tout, chiffré avec son propre mot de passe : groupes, notes et codes de récupération compris.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="71"/>
        <source>Aegis (encrypted)</source>
        <translation>Aegis (chiffré)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="72"/>
        <source>For Aegis on Android and every app that imports Aegis files.</source>
        <translation>Pour Aegis sur Android et toute application qui importe les fichiers Aegis.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="77"/>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="78"/>
        <source>For apps that cannot open an encrypted Aegis file.</source>
        <translation>Pour les applications qui ne savent pas ouvrir un fichier Aegis chiffré.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="83"/>
        <source>otpauth:// links</source>
        <translation>Liens otpauth://</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="84"/>
        <source>One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.</source>
        <translation>Un lien par ligne ; 2FAS, Ente, FreeOTP+, WinAuth et la plupart des applications le lisent.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="89"/>
        <source>Printable sheet of recovery codes</source>
        <translation>Feuille imprimable des codes de récupération</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="90"/>
        <source>The services&apos; backup codes, to print and keep in a drawer.</source>
        <translation>Les codes de secours des services, à imprimer et ranger dans un tiroir.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="93"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="99"/>
        <source>This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.</source>
        <translation>Ce fichier contiendra vos secrets en clair : quiconque l&apos;obtient peut se connecter à votre place. Enregistrez-le uniquement là où personne d&apos;autre ne peut le lire, et supprimez-le une fois importé ou imprimé.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="109"/>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="115"/>
        <source>Password for the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="124"/>
        <source>The password again</source>
        <translation>Le mot de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="131"/>
        <source>You will need this password to import the file; Tessera cannot recover it.</source>
        <translation>Ce mot de passe sera nécessaire pour importer le fichier ; Tessera ne peut pas le retrouver.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="141"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="152"/>
        <source>Open the sheet to print it</source>
        <translation>Ouvrir la feuille pour l&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="169"/>
        <source>Save the export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
</context>
<context>
    <name>BrowserIntegrationSection</name>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="13"/>
        <source>Browser integration</source>
        <translation>Intégration au navigateur</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="15"/>
        <source>Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is asked about once here, and each website once.</source>
        <translation>Tessera peut remplir les codes de connexion dans Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi et Firefox : connectez ici vos navigateurs, puis ajoutez-leur l&apos;extension Tessera. Chaque navigateur fait l&apos;objet d&apos;une question ici, une seule fois, et chaque site web aussi.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="43"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="44"/>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="51"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="52"/>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="60"/>
        <source>No browser was found on this computer. Start your browser once, then look here again.</source>
        <translation>Aucun navigateur n&apos;a été trouvé sur cet ordinateur. Lancez votre navigateur une fois, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="67"/>
        <source>The extension comes from your browser&apos;s add-on store, or loads unpacked (developer mode) from:</source>
        <translation>L&apos;extension s&apos;obtient depuis la boutique de modules de votre navigateur, ou se charge non empaquetée (mode développeur) depuis :</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="68"/>
        <source>The extension comes from your browser&apos;s add-on store.</source>
        <translation>L&apos;extension s&apos;obtient depuis la boutique de modules de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="86"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="91"/>
        <source>Look for browsers again</source>
        <translation>Rechercher à nouveau les navigateurs</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="105"/>
        <source>Browsers allowed to ask for codes</source>
        <translation>Navigateurs autorisés à demander des codes</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="115"/>
        <source>%1, allowed on %2</source>
        <translation>%1, autorisé le %2</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="122"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="123"/>
        <source>Forget %1</source>
        <translation>Oublier %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="130"/>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: filled</source>
        <translation>%1 : rempli</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: never filled</source>
        <translation>%1 : jamais rempli</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="147"/>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="148"/>
        <source>Ask again about %1</source>
        <translation>Redemander pour %1</translation>
    </message>
</context>
<context>
    <name>BrowserPrompt</name>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — allow a browser?</source>
        <translation>Tessera — autoriser un navigateur ?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — fill a code?</source>
        <translation>Tessera — remplir un code ?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="58"/>
        <source>The Tessera extension in this browser asks to be paired. Once allowed, it can ask for the codes of the websites you answer Always or Once for. If you did not just ask for a code in your browser, choose Deny.</source>
        <translation>L&apos;extension Tessera de ce navigateur demande à être associée. Une fois autorisée, elle peut demander les codes des sites auxquels vous répondez Toujours ou Une fois. Si vous n&apos;avez pas demandé de code dans votre navigateur à l&apos;instant, choisissez Refuser.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="61"/>
        <source>The page asks for a code. Always fills it on this site from now on (on every computer with this vault); Never stops asking.</source>
        <translation>La page demande un code. Toujours le remplit désormais sur ce site (sur chaque ordinateur avec ce coffre) ; Jamais ne demande plus.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="73"/>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="80"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="86"/>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>CliAccessSection</name>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="14"/>
        <location filename="../../qml/requests/CliAccessSection.qml" line="20"/>
        <source>Let tessera-cli use the unlocked app</source>
        <translation>Laisser tessera-cli utiliser l’application déverrouillée</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>While unlocked</source>
        <translation>Tant que déverrouillée</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="28"/>
        <source>tessera-cli asks for the password and opens the vault file itself.</source>
        <translation>tessera-cli demande le mot de passe et ouvre lui-même le fichier du coffre.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="29"/>
        <source>While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your own programs can ask; nothing can be added, changed or exported this way.</source>
        <translation>Tant que Tessera est déverrouillée, tessera-cli en obtient des codes sans le mot de passe. Seuls vos propres programmes peuvent demander ; rien ne peut être ajouté, modifié ou exporté ainsi.</translation>
    </message>
</context>
<context>
    <name>ClockChip</name>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="23"/>
        <source>Clock: %1</source>
        <translation>Horloge : %1</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="74"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="100"/>
        <source>Correct codes</source>
        <translation>Corriger les codes</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="45"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="50"/>
        <source>Correct codes</source>
        <translation>Corriger les codes</translation>
    </message>
</context>
<context>
    <name>DesktopSearch</name>
    <message>
        <location filename="../../qml/desktop/linux/desktop_search_linux.cpp" line="138"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="15"/>
        <source>Export to a phone</source>
        <translation>Exporter vers un téléphone</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="41"/>
        <source>The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.</source>
        <translation>Les codes contiennent les clés secrètes de vos comptes : quiconque les voit ou les photographie peut copier vos comptes. Assurez-vous que personne ne regarde et que l&apos;écran n&apos;est ni partagé ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="47"/>
        <source>On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.</source>
        <translation>Sur le téléphone, ouvrez Google Authenticator → Transférer des comptes → Importer des comptes, puis scannez chaque code.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for %n account(s)</source>
        <translation>
            <numerusform>Afficher les codes pour %n compte</numerusform>
            <numerusform>Afficher les codes pour %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for all accounts</source>
        <translation>Afficher les codes pour tous les comptes</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="78"/>
        <source>Transfer code %1</source>
        <translation>Code de transfert %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="91"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="92"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="93"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="116"/>
        <source>Save the codes in</source>
        <translation>Enregistrer les codes dans</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="11"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="37"/>
        <source>Welcome to Tessera</source>
        <translation>Bienvenue dans Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="43"/>
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation>Vos codes de connexion sont conservés dans un coffre chiffré sur cet ordinateur. Choisissez-en le mot de passe — sans lui, impossible de récupérer le coffre.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="50"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="52"/>
        <source>New vault password</source>
        <translation>Nouveau mot de passe du coffre</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="64"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="81"/>
        <location filename="../../qml/vault/FirstRunPage.qml" line="83"/>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="89"/>
        <source>Also unlock with the system keychain</source>
        <translation>Déverrouiller aussi avec le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="95"/>
        <source>Check this computer&apos;s clock against time servers</source>
        <translation>Vérifier l&apos;horloge de cet ordinateur auprès de serveurs de temps</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="101"/>
        <source>Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.</source>
        <translation>Les services n&apos;acceptent un code que si l&apos;horloge est juste à une minute près environ. Au démarrage, Tessera interroge des serveurs de temps publics (pool.ntp.org et d&apos;autres) et corrige ses codes si l&apos;horloge est décalée ; rien sur vos comptes n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault and import</source>
        <translation>Créer le coffre et importer</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="135"/>
        <source>Open a vault from another computer…</source>
        <translation>Ouvrir un coffre d’un autre ordinateur…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation type="vanished">Ouvrir un coffre existant…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="140"/>
        <source>Start by importing…</source>
        <translation>Commencer par importer…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="147"/>
        <source>After creating the vault, Tessera opens the file to import.</source>
        <translation>Après avoir créé le coffre, Tessera ouvre le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="152"/>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="163"/>
        <source>Open a Tessera vault</source>
        <translation>Ouvrir un coffre Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Coffres Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="169"/>
        <source>Import another authenticator&apos;s export</source>
        <translation>Importer l&apos;export d&apos;un autre authentificateur</translation>
    </message>
</context>
<context>
    <name>FoundAccountRow</name>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="22"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="33"/>
        <source>already in Tessera</source>
        <translation>déjà dans Tessera</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <location filename="../../qml/desktop/global_shortcut.cpp" line="17"/>
        <source>This desktop does not let apps set shortcuts. To open the quick picker with %1, add a shortcut for the command “tessera --quick” in the desktop&apos;s keyboard settings.</source>
        <translation>Ce bureau ne laisse pas les applications définir de raccourcis. Pour ouvrir le sélecteur rapide avec %1, ajoutez un raccourci pour la commande « tessera --quick » dans les réglages clavier du bureau.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="99"/>
        <source>The desktop did not open a shortcut session for Tessera.</source>
        <translation>Le bureau n’a pas ouvert de session de raccourcis pour Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="109"/>
        <source>Open Tessera&apos;s quick picker</source>
        <translation>Ouvrir le sélecteur rapide de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="119"/>
        <source>The desktop did not grant the shortcut %1.</source>
        <translation>Le bureau n’a pas accordé le raccourci %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="135"/>
        <source>The desktop&apos;s shortcut portal failed: %1</source>
        <translation>Le portail de raccourcis du bureau a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="48"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="80"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="70"/>
        <source>%1 cannot be a global shortcut: use a letter, digit or function key with modifiers.</source>
        <translation>%1 ne peut pas être un raccourci global : utilisez une lettre, un chiffre ou une touche de fonction avec des modificateurs.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="52"/>
        <source>%1 alone would stop the key from working everywhere else: add Ctrl, Alt or Super.</source>
        <translation>%1 seule empêcherait la touche de fonctionner partout ailleurs : ajoutez Ctrl, Alt ou Super.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="57"/>
        <source>The keyboard layout in use has no key for %1.</source>
        <translation>La disposition de clavier utilisée n’a pas de touche pour %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="67"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="98"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="84"/>
        <source>Another program already uses %1. Choose other keys.</source>
        <translation>Un autre programme utilise déjà %1. Choisissez d’autres touches.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="68"/>
        <source>The X server refused the shortcut %1.</source>
        <translation>Le serveur X a refusé le raccourci %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="99"/>
        <source>macOS refused the shortcut %1.</source>
        <translation>macOS a refusé le raccourci %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="85"/>
        <source>Windows refused the shortcut %1.</source>
        <translation>Windows a refusé le raccourci %1.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/components/HeaderBar.qml" line="29"/>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>Icon for %1</source>
        <translation>Icône pour %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="20"/>
        <source>Use this icon</source>
        <translation>Utiliser cette icône</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="37"/>
        <location filename="../../qml/accounts/IconChooser.qml" line="38"/>
        <source>Search icons by service</source>
        <translation>Rechercher des icônes par service</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="53"/>
        <source>Service icons</source>
        <translation>Icônes des services</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="102"/>
        <source>No service&apos;s icon matches “%1”.</source>
        <translation>Aucune icône de service ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="111"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="118"/>
        <source>First letter</source>
        <translation>Première lettre</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="125"/>
        <source>Picture file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="141"/>
        <source>Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Icônes : vos packs d&apos;icônes et Simple Icons (CC0). Les icônes de marque sont des marques de leurs propriétaires.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="142"/>
        <source>Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Icônes : Simple Icons (CC0). Les icônes de marque sont des marques de leurs propriétaires.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="151"/>
        <source>Choose a picture for the account&apos;s icon</source>
        <translation>Choisir une image pour l&apos;icône du compte</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IconPacksSection</name>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="13"/>
        <source>Service icons</source>
        <translation>Icônes des services</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="15"/>
        <source>Accounts show their service&apos;s icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.</source>
        <translation>Les comptes affichent l&apos;icône de leur service issue de Simple Icons. Un pack d&apos;icônes Aegis (un fichier ZIP avec pack.json) ajoute ses propres icônes au choix.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="26"/>
        <source>%1, version %2: %n icon(s)</source>
        <translation>
            <numerusform>%1, version %2 : %n icône</numerusform>
            <numerusform>%1, version %2 : %n icônes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="34"/>
        <source>Remove the icon pack “%1”</source>
        <translation>Retirer le pack d&apos;icônes « %1 »</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="44"/>
        <source>Add an Aegis icon pack…</source>
        <translation>Ajouter un pack d&apos;icônes Aegis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="52"/>
        <source>Use pack icons for %n account(s)</source>
        <translation>
            <numerusform>Utiliser les icônes du pack pour %n compte</numerusform>
            <numerusform>Utiliser les icônes du pack pour %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="59"/>
        <source>Reading the icon pack…</source>
        <translation>Lecture du pack d&apos;icônes…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="68"/>
        <source>Add an Aegis icon pack</source>
        <translation>Ajouter un pack d&apos;icônes Aegis</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>Icon packs (*.zip)</source>
        <translation>Packs d&apos;icônes (*.zip)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="12"/>
        <source>Import from another app</source>
        <translation>Importer depuis une autre application</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="52"/>
        <source>Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.</source>
        <translation>Exportez d&apos;abord vos comptes depuis l&apos;autre application, puis ouvrez le fichier ici ou déposez-le sur cette fenêtre. Tessera reconnaît Aegis, 2FAS, andOTP, FreeOTP et FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, les liens de transfert de Google Authenticator, les listes otpauth:// (WinAuth et autres) et les sauvegardes Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="59"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Choisir un fichier… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="69"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="71"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>Recognise it (%1)</source>
        <translation>Reconnaître (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="80"/>
        <source>Format of the file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="90"/>
        <source>Password of the exported file</source>
        <translation>Mot de passe du fichier exporté</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="98"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="108"/>
        <source>Reading the file; an encrypted one can take a few seconds…</source>
        <translation>Lecture du fichier ; un fichier chiffré peut prendre quelques secondes…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="111"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="127"/>
        <source>In the %1 file</source>
        <translation>Dans le fichier %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera a déjà ce compte.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera a déjà tous ces comptes.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="139"/>
        <source>Choose all</source>
        <translation>Tout choisir</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="140"/>
        <source>Choose none</source>
        <translation>Ne rien choisir</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Nothing new to add</source>
        <translation>Rien de nouveau à ajouter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Ajouter %n compte</numerusform>
            <numerusform>Ajouter %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="175"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="183"/>
        <source>Open an export of another authenticator</source>
        <translation>Ouvrir l&apos;export d&apos;un autre authentificateur</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Locked — Tessera</source>
        <translation>Verrouillé — Tessera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Main.qml" line="91"/>
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>%n compte ajouté</numerusform>
            <numerusform>%n comptes ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="107"/>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="14"/>
        <source>Quick unlock with a PIN: on until Tessera quits</source>
        <translation>Déverrouillage rapide par code PIN : actif jusqu’à la fermeture de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="15"/>
        <source>Quick unlock with a PIN</source>
        <translation>Déverrouillage rapide par code PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Change PIN…</source>
        <translation>Changer le code PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Set a PIN…</source>
        <translation>Définir un code PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="29"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="34"/>
        <source>After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera instead of the password. It is kept in memory only, for this run: locking by hand, quitting or three wrong PINs forget it.</source>
        <translation>Après un verrouillage automatique (inactivité, verrouillage de l’écran), un code PIN de 4 à 8 chiffres déverrouille Tessera au lieu du mot de passe. Il n’est gardé qu’en mémoire, pour cette exécution : verrouiller à la main, quitter ou trois codes faux l’effacent.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="54"/>
        <source>Set a PIN</source>
        <translation>Définir un code PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="55"/>
        <source>Set PIN</source>
        <translation>Définir le code</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="62"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>Code PIN (4 à 8 chiffres)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="71"/>
        <source>The same PIN again</source>
        <translation>Le même code PIN</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../qml/desktop/linux/autostart_xdg.cpp" line="81"/>
        <source>Start Tessera when you log in</source>
        <translation>Lancer Tessera à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>QuickAccessSection</name>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="15"/>
        <source>Quick access</source>
        <translation>Accès rapide</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="18"/>
        <source>Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into the window you were in.</source>
        <translation>Appuyez sur %1 n’importe où pour choisir un code : tapez pour chercher, Entrée le copie, Maj+Entrée le tape dans la fenêtre où vous étiez.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="20"/>
        <source>The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.</source>
        <translation>Le sélecteur rapide s’ouvre avec un raccourci de votre choix ou avec la commande « tessera --quick ».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="26"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="30"/>
        <source>Press the keys…</source>
        <translation>Appuyez sur les touches…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="31"/>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="33"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="32"/>
        <source>Shortcut for the quick picker: %1. Press to choose other keys</source>
        <translation>Raccourci du sélecteur rapide : %1. Appuyez pour choisir d’autres touches</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="52"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="59"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="75"/>
        <source>Shift+Enter copies the code here instead of typing it: %1</source>
        <translation>Ici, Maj+Entrée copie le code au lieu de le taper : %1</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="12"/>
        <source>Tessera quick picker</source>
        <translation>Sélecteur rapide de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="82"/>
        <source>Unlock Tessera to pick a code</source>
        <translation>Déverrouillez Tessera pour choisir un code</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="109"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="121"/>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="145"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="169"/>
        <source>Enter copies · Shift+Enter types it · Esc closes</source>
        <translation>Entrée copie · Maj+Entrée tape · Échap ferme</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="170"/>
        <source>Enter copies · Esc closes</source>
        <translation>Entrée copie · Échap ferme</translation>
    </message>
</context>
<context>
    <name>QuickPickerRow</name>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="28"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="29"/>
        <source>Press Enter to copy the code</source>
        <translation>Appuyez sur Entrée pour copier le code</translation>
    </message>
</context>
<context>
    <name>RequestPrompt</name>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="15"/>
        <source>Tessera — allow tessera-cli?</source>
        <translation>Tessera — autoriser tessera-cli ?</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="64"/>
        <source>Tessera is locked. Your PIN unlocks it and allows this request; if you did not just run tessera-cli, choose Deny.</source>
        <translation>Tessera est verrouillé. Votre code PIN le déverrouille et autorise cette demande ; si vous n&apos;avez pas lancé tessera-cli à l&apos;instant, choisissez Refuser.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="66"/>
        <source>If you did not just run tessera-cli, choose Deny.</source>
        <translation>Si vous n’avez pas lancé tessera-cli à l’instant, choisissez Refuser.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="75"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="90"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="101"/>
        <source>Unlock and allow once</source>
        <translation>Déverrouiller et autoriser une fois</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="109"/>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="115"/>
        <source>Allow for 10 minutes</source>
        <translation>Autoriser 10 minutes</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="122"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="15"/>
        <source>Scan a QR code</source>
        <translation>Scanner un code QR</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="56"/>
        <source>Open a picture of the service&apos;s QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.</source>
        <translation>Ouvrez une image du code QR du service, collez-la, prenez-la à l&apos;écran ou présentez-la à la caméra. Un export de Google Authenticator fonctionne aussi — scannez chacun de ses codes. Vous pouvez aussi déposer des images sur cette page.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Open picture…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="66"/>
        <source>From the screen</source>
        <translation>Depuis l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <location filename="../../qml/add/ScanPage.qml" line="84"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="110"/>
        <source>The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.</source>
        <translation>La caméra n&apos;a pas pu être utilisée : %1. Vérifiez qu&apos;aucun autre programme ne l&apos;utilise et que Tessera y a accès.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="111"/>
        <source>No camera found. Connect one, or open a picture of the code instead.</source>
        <translation>Aucune caméra trouvée. Branchez-en une, ou ouvrez plutôt une image du code.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="119"/>
        <source>Hold the code steady in front of the camera; it stops by itself once the code is read.</source>
        <translation>Tenez le code immobile devant la caméra ; elle s&apos;arrête d&apos;elle-même une fois le code lu.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="128"/>
        <source>Reading the picture…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="131"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="153"/>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera a déjà ce compte.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera a déjà tous ces comptes.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Nothing new to add</source>
        <translation>Rien de nouveau à ajouter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Ajouter %n compte</numerusform>
            <numerusform>Ajouter %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="186"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="194"/>
        <source>Open a picture of the QR code</source>
        <translation>Ouvrir une image du code QR</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="27"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="36"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="39"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="45"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="49"/>
        <source>Lock when the screen locks</source>
        <translation>Verrouiller quand l&apos;écran se verrouille</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="56"/>
        <source>Clear copied codes after</source>
        <translation>Effacer les codes copiés après</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="62"/>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Effacer le presse-papiers après ce nombre de secondes</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="68"/>
        <source>Unlock with the system keychain</source>
        <translation>Déverrouiller avec le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="81"/>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="82"/>
        <source>Password changed.</source>
        <translation>Mot de passe changé.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="85"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="88"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="94"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="104"/>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="99"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="113"/>
        <source>Closing the window keeps Tessera in the tray</source>
        <translation>Fermer la fenêtre garde Tessera dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="118"/>
        <source>Start Tessera in the tray when I log in</source>
        <translation>Lancer Tessera dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="132"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="134"/>
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation>Chaque modification conserve le coffre précédent (les 10 plus récents) dans :</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="148"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="153"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="159"/>
        <source>A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.</source>
        <translation>Un second dossier (une clé USB, un autre dossier synchronisé) peut recevoir une copie chiffrée après chaque modification.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="160"/>
        <source>An encrypted copy also goes to: %1</source>
        <translation>Une copie chiffrée va aussi dans : %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="167"/>
        <source>The last copy could not go there: %1</source>
        <translation>La dernière copie n’a pas pu y être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Choose a second folder…</source>
        <translation>Choisir un second dossier…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="181"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="190"/>
        <source>Several computers</source>
        <translation>Plusieurs ordinateurs</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="192"/>
        <source>Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) and open it on each computer: changes made on both are merged, and the copies a sync tool leaves beside it are merged too.</source>
        <translation>Placez le coffre dans un dossier partagé par un outil de synchronisation (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) et ouvrez-le sur chaque ordinateur : les modifications faites des deux côtés sont fusionnées, de même que les copies que l’outil laisse à côté.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="200"/>
        <source>Move to another folder…</source>
        <translation>Déplacer vers un autre dossier…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="211"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="213"/>
        <source>Services accept a code only when this computer&apos;s clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.</source>
        <translation>Les services n&apos;acceptent un code que si l&apos;horloge de cet ordinateur est juste à une demi-minute près environ. Tessera mesure l&apos;horloge auprès de serveurs de temps et corrige les codes ; l&apos;horloge du système reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="258"/>
        <source>Correct codes with the measured time</source>
        <translation>Corriger les codes avec l&apos;heure mesurée</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="263"/>
        <source>Check the clock when Tessera starts</source>
        <translation>Vérifier l&apos;horloge au démarrage de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="269"/>
        <source>Shift codes by hand</source>
        <translation>Décaler les codes à la main</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="275"/>
        <source>seconds, e.g. 30 or -12.5</source>
        <translation>secondes, p. ex. 30 ou -12.5</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="276"/>
        <source>Offset in seconds</source>
        <translation>Décalage en secondes</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="283"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="289"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="290"/>
        <source>Forget the correction: codes use the system clock</source>
        <translation>Oublier la correction : les codes suivent l&apos;horloge du système</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="294"/>
        <source>Time servers, one per line (HOST or HOST:PORT)</source>
        <translation>Serveurs de temps, un par ligne (HÔTE ou HÔTE:PORT)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="300"/>
        <source>Time servers</source>
        <translation>Serveurs de temps</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="304"/>
        <source>Where time servers are blocked, use the time of this web address</source>
        <translation>Là où les serveurs de temps sont bloqués, utiliser l&apos;heure de cette adresse web</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="311"/>
        <source>https://… (empty: no fallback)</source>
        <translation>https://… (vide : pas de solution de repli)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="314"/>
        <source>Fallback web address</source>
        <translation>Adresse web de repli</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="326"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="327"/>
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation>Tessera %1 — sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="331"/>
        <source>Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.</source>
        <translation>Icônes des services : %1 (simpleicons.org, CC0). Les icônes de marque sont des marques de leurs propriétaires respectifs ; leur utilisation n&apos;implique aucune approbation.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="336"/>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="343"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Coffres Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="351"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="352"/>
        <source>The accounts become those of the backup, on this computer and on every computer that shares the vault. The vault as it is now is kept in the backups.</source>
        <translation>Les comptes deviennent ceux de la sauvegarde, sur cet ordinateur et sur chaque ordinateur qui partage le coffre. Le coffre tel qu’il est maintenant est conservé dans les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="354"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="359"/>
        <source>A second folder for backups</source>
        <translation>Un second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="364"/>
        <source>Move the vault to a folder</source>
        <translation>Déplacer le coffre vers un dossier</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="371"/>
        <source>Change the vault password</source>
        <translation>Changer le mot de passe du coffre</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="372"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="376"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="377"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="379"/>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="53"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../qml/components/Toast.qml" line="59"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="11"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="108"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="26"/>
        <source>Tessera is locked</source>
        <translation>Tessera est verrouillé</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="36"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="41"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="59"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="62"/>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="89"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="94"/>
        <source>Use keychain</source>
        <translation>Utiliser le trousseau</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="101"/>
        <source>Use the password</source>
        <translation>Utiliser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="116"/>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="125"/>
        <source>Open a Tessera vault</source>
        <translation>Ouvrir un coffre Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Coffres Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27"/>
        <source>The secret key is not valid Base32: &apos;%1&apos; at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation>La clé secrète n&apos;est pas en Base32 valide : « %1 » en position %2 n&apos;est ni une lettre A-Z ni un chiffre 2-7 ; vérifiez la clé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32"/>
        <source>The secret key is not valid %1; the file may be damaged.</source>
        <translation>La clé secrète n&apos;est pas en %1 valide ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34"/>
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation>La clé secrète est vide ou trop courte ; copiez toute la clé affichée par le service.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="36"/>
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation>Le lien dépasse 64 Kio et a été refusé ; un lien otpauth:// n&apos;est jamais aussi long.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="39"/>
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation>Ce n&apos;est pas un lien otpauth:// ; donnez le lien que le service affiche pour les applications d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40"/>
        <source>This holds a &apos;%1&apos; link, not an otpauth:// authenticator link.</source>
        <translation>Ceci contient un lien « %1 », pas un lien d&apos;authentification otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42"/>
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation>Le lien otpauth:// est mal formé (%1) ; copiez à nouveau le lien entier.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44"/>
        <source>The otpauth:// link has type &apos;%1&apos;; only totp, hotp and steam are supported.</source>
        <translation>Le lien otpauth:// est de type « %1 » ; seuls totp, hotp et steam sont pris en charge.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46"/>
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation>Le lien otpauth:// n&apos;a pas de paramètre secret ; copiez à nouveau le lien entier.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="48"/>
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation>Le lien otpauth:// a un encodage pourcent invalide dans %1 ; copiez à nouveau le lien entier.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51"/>
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation>Le lien HOTP n&apos;a pas de paramètre counter ; ajoutez counter=0 si le service n&apos;en a pas donné.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53"/>
        <source>&apos;%1&apos; digits is not supported; use 6 to 10 digits.</source>
        <translation>« %1 » chiffres n&apos;est pas pris en charge ; utilisez de 6 à 10 chiffres.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55"/>
        <source>The period &apos;%1&apos; is not valid; use a whole number of seconds, at least 1.</source>
        <translation>La période « %1 » n&apos;est pas valide ; utilisez un nombre entier de secondes, au moins 1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="57"/>
        <source>The counter &apos;%1&apos; is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation>Le compteur « %1 » n&apos;est pas valide ; utilisez un nombre entier de 0 à 18446744073709551615.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60"/>
        <source>The algorithm &apos;%1&apos; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>L&apos;algorithme « %1 » n&apos;est pas pris en charge ; utilisez SHA1, SHA256 ou SHA512.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62"/>
        <source>The type &apos;%1&apos; is not supported; use totp, hotp or steam.</source>
        <translation>Le type « %1 » n&apos;est pas pris en charge ; utilisez totp, hotp ou steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64"/>
        <source>The time &apos;%1&apos; is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation>L&apos;heure « %1 » n&apos;est pas valide ; donnez des secondes entières depuis le 1970-01-01 UTC.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="66"/>
        <source>No account matches &apos;%1&apos;; &apos;tessera-cli list&apos; shows them all.</source>
        <translation>Aucun compte ne correspond à « %1 » ; « tessera-cli list » les affiche tous.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68"/>
        <source>&apos;%1&apos; matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation>« %1 » correspond à %2 comptes (%3) ; précisez l&apos;émetteur ou le nom, ou Émetteur:Nom.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="73"/>
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation>%1 n&apos;a plus de code de récupération inutilisé ; obtenez une nouvelle série auprès du service et ajoutez-la.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="75"/>
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation>Un code de récupération est vide ou dépasse 256 caractères ; saisissez chaque code tel que le service l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="77"/>
        <source>Give the service or the account a name.</source>
        <translation>Donnez un nom au service ou au compte.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="79"/>
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation>Le mot de passe est vide ; choisissez un mot de passe pour protéger le coffre.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="81"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent ; tapez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="83"/>
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation>Le coffre a besoin de son mot de passe ; donnez-le avec --password-stdin ou lancez dans un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="85"/>
        <source>&apos;%1&apos; is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur de temps ; écrivez HÔTE ou HÔTE:PORT, p. ex. pool.ntp.org ou 10.0.0.1:123.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="88"/>
        <source>&apos;%1&apos; is not an https:// address; the time fallback needs a web address starting with https://.</source>
        <translation>« %1 » n&apos;est pas une adresse https:// ; le repli horaire a besoin d&apos;une adresse web commençant par https://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="91"/>
        <source>&apos;%1&apos; is not a website; give its address, such as github.com.</source>
        <translation>« %1 » n&apos;est pas un site web ; indiquez son adresse, par exemple github.com.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="93"/>
        <source>&apos;%1&apos; is shared by many unrelated websites; give the site itself, such as example.co.uk.</source>
        <translation>« %1 » est partagé par de nombreux sites sans rapport ; indiquez le site lui-même, par exemple example.co.uk.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="96"/>
        <source>%1 is not among this account&apos;s websites.</source>
        <translation>%1 ne fait pas partie des sites web de ce compte.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="98"/>
        <source>The offset &apos;%1&apos; is not valid; give seconds, e.g. 92.5 or -30, within 50 years.</source>
        <translation>Le décalage « %1 » n&apos;est pas valide ; donnez des secondes, p. ex. 92.5 ou -30, dans la limite de 50 ans.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="100"/>
        <source>No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.</source>
        <translation>Aucun code QR trouvé dans l&apos;image ; vérifiez que le code est entièrement visible, net et non coupé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103"/>
        <source>This QR code holds a web address, not an authenticator account.</source>
        <translation>Ce code QR contient une adresse web, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105"/>
        <source>This QR code holds a Wi-Fi network, not an authenticator account.</source>
        <translation>Ce code QR contient un réseau Wi-Fi, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107"/>
        <source>This QR code holds an e-mail address, not an authenticator account.</source>
        <translation>Ce code QR contient une adresse e-mail, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="109"/>
        <source>This QR code holds a phone number, not an authenticator account.</source>
        <translation>Ce code QR contient un numéro de téléphone, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="111"/>
        <source>This QR code holds a contact card, not an authenticator account.</source>
        <translation>Ce code QR contient une carte de contact, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112"/>
        <source>This QR code holds plain text, not an authenticator account.</source>
        <translation>Ce code QR contient du texte brut, pas un compte d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="114"/>
        <source>%1 bytes do not fit in one QR code; export fewer accounts per code.</source>
        <translation>%1 octets ne tiennent pas dans un seul code QR ; exportez moins de comptes par code.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="116"/>
        <source>Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.</source>
        <translation>Impossible de lire %1 comme image ; utilisez un fichier PNG, JPEG, BMP ou GIF.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="118"/>
        <source>This picture is larger than %1 KiB; choose a smaller one for an account&apos;s icon.</source>
        <translation>Cette image dépasse %1 Kio ; choisissez-en une plus petite pour l&apos;icône d&apos;un compte.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="120"/>
        <source>This file is not a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation>Ce fichier n&apos;est pas une image PNG, JPEG, GIF, WebP ou SVG.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="122"/>
        <source>This is not an Aegis icon pack (%1); nothing was added.</source>
        <translation>Ce n&apos;est pas un pack d&apos;icônes Aegis (%1) ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="124"/>
        <source>This ZIP archive cannot be read (%1).</source>
        <translation>Cette archive ZIP est illisible (%1).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="126"/>
        <source>%1 in this ZIP archive is larger than Tessera reads.</source>
        <translation>%1 dans cette archive ZIP est plus grand que ce que Tessera lit.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="128"/>
        <source>Could not take a picture of the screen (%1); save a screenshot and open it instead.</source>
        <translation>Impossible de capturer l&apos;écran (%1) ; enregistrez une capture d&apos;écran et ouvrez-la.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="131"/>
        <source>This file is not an export Tessera knows; choose its format, or export again from the other app as Aegis JSON or an otpauth:// list.</source>
        <translation>Ce fichier n&apos;est pas un export connu de Tessera ; choisissez son format, ou exportez à nouveau depuis l&apos;autre application en JSON Aegis ou en liste otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="133"/>
        <source>&apos;%1&apos; is not an import format Tessera knows; see &apos;tessera-cli import --help&apos; for the list.</source>
        <translation>« %1 » n&apos;est pas un format d&apos;import connu de Tessera ; voir « tessera-cli import --help » pour la liste.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="137"/>
        <source>This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.</source>
        <translation>Ce fichier %1 est endommagé ou incomplet (%2) ; rien n&apos;a été importé. Exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="141"/>
        <source>This %1 file is encrypted; give the password it was exported with.</source>
        <translation>Ce fichier %1 est chiffré ; donnez le mot de passe utilisé lors de l&apos;export.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="145"/>
        <source>This file cannot be imported: %1.</source>
        <translation>Ce fichier ne peut pas être importé : %1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="146"/>
        <source>This %1 file cannot be imported: %2.</source>
        <translation>Ce fichier %1 ne peut pas être importé : %2.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="150"/>
        <source>The file holds no accounts; nothing was imported.</source>
        <translation>Le fichier ne contient aucun compte ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="151"/>
        <source>No account in the file could be read (%1); nothing was imported.</source>
        <translation>Aucun compte du fichier n&apos;a pu être lu (%1) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="153"/>
        <source>An encrypted export needs a password: give it with --export-password-file, or choose a plain export on purpose.</source>
        <translation>Un export chiffré exige un mot de passe : donnez-le avec --export-password-file, ou choisissez délibérément un export non chiffré.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="157"/>
        <source>No account has recovery codes yet; add a service&apos;s backup codes to its account first.</source>
        <translation>Aucun compte n&apos;a encore de codes de récupération ; ajoutez d&apos;abord les codes de secours d&apos;un service à son compte.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="158"/>
        <source>There is nothing to export; the vault has no accounts.</source>
        <translation>Il n&apos;y a rien à exporter ; le coffre ne contient aucun compte.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="162"/>
        <source>This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every code the phone shows.</source>
        <translation>Cet export de Google Authenticator comporte %1 codes QR et les parties %2 manquent encore ; scannez chaque code affiché par le téléphone.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="165"/>
        <source>This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code the phone shows.</source>
        <translation>Cet export de Google Authenticator comporte %1 codes QR et la partie %2 manque encore ; scannez chaque code affiché par le téléphone.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="170"/>
        <source>Wrong password; the vault was not changed.</source>
        <translation>Mot de passe incorrect ; le coffre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="172"/>
        <source>Wrong password for this %1 file; nothing was imported. Use the password you chose when you exported it.</source>
        <translation>Mot de passe incorrect pour ce fichier %1 ; rien n&apos;a été importé. Utilisez le mot de passe choisi lors de l&apos;export.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="176"/>
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation>Le fichier du coffre est endommagé (%1) et n&apos;a pas été touché ; restaurez une copie depuis son dossier de sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="179"/>
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation>Le coffre a été écrit par un Tessera plus récent (format %1) et n&apos;a pas été touché ; mettez Tessera à jour.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="182"/>
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation>Un coffre existe déjà à %1 ; choisissez un autre chemin avec --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="184"/>
        <source>There is no vault at %1; create one with &apos;tessera-cli init&apos; or give its path with --vault.</source>
        <translation>Il n&apos;y a pas de coffre à %1 ; créez-en un avec « tessera-cli init » ou donnez son chemin avec --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="187"/>
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation>Le fichier à %1 est désormais un autre coffre ; ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="189"/>
        <source>%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a sync that has not finished), so nothing was written. Merge a newer copy with &apos;tessera-cli merge FILE&apos;, or make this copy the vault on purpose with &apos;tessera-cli restore FILE&apos;.</source>
        <translation>Il manque à %1 des modifications que cet ordinateur a déjà vues : c’est une copie plus ancienne (une sauvegarde remise en place, ou une synchronisation inachevée), donc rien n’a été écrit. Fusionnez une copie plus récente avec &apos;tessera-cli merge FICHIER&apos;, ou faites délibérément de cette copie le coffre avec &apos;tessera-cli restore FICHIER&apos;.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="194"/>
        <source>%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.</source>
        <translation>%1 n’est pas une copie de ce coffre ; seules les copies du même coffre (ou ses sauvegardes) peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="197"/>
        <source>The vault&apos;s password was changed on another computer; unlock %1 with the new password.</source>
        <translation>Le mot de passe du coffre a été changé sur un autre ordinateur ; déverrouillez %1 avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="200"/>
        <source>The vault is being re-encrypted for the new password; try again in a moment.</source>
        <translation>Le coffre est en cours de rechiffrement pour le nouveau mot de passe ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="202"/>
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation>Un autre programme enregistre le coffre %1 ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="204"/>
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation>Impossible de lire ou d&apos;écrire %1 ; vérifiez le disque et les permissions.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="206"/>
        <source>The disk is full: %1 could not be written, and nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein : %1 n&apos;a pas pu être écrit, et rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="209"/>
        <source>The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the vault in a folder you can write to.</source>
        <translation>Le dossier %1 est en lecture seule ou ne vous appartient pas, donc rien n&apos;a été modifié. Rendez-le accessible en écriture, ou gardez le coffre dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="212"/>
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation>Mémoire insuffisante pour %1 ; fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="214"/>
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1) ; déverrouillez plutôt avec le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="216"/>
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation>Le trousseau du système ne contient aucune clé pour ce coffre ; déverrouillez avec le mot de passe et réactivez le trousseau.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="219"/>
        <source>Could not reach a time server (%1); check the network connection or the time servers in the settings.</source>
        <translation>Impossible de joindre un serveur de temps (%1) ; vérifiez la connexion réseau ou les serveurs de temps dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="223"/>
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation>La bibliothèque cryptographique a échoué (%1) ; réinstallez Tessera ou signalez-le.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="225"/>
        <source>The QR reader could not run (%1); reinstall Tessera.</source>
        <translation>Le lecteur de codes QR n&apos;a pas pu démarrer (%1) ; réinstallez Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="227"/>
        <source>Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR code has, or is too large. Crop it to the QR code and try again.</source>
        <translation>La lecture de cette image a été arrêtée après %1 s : elle contient bien plus de motifs ressemblant à des codes qu&apos;un code QR, ou elle est trop grande. Recadrez-la sur le code QR et réessayez.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="231"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="233"/>
        <source>This file was refused: it asks for %1, far more than any authenticator export needs. It may be damaged or made to stall Tessera; export it again from the app it came from.</source>
        <translation>Ce fichier a été refusé : il demande %1, bien plus que ce qu&apos;exige un export d&apos;authentificateur. Il est peut-être endommagé ou conçu pour bloquer Tessera ; exportez-le à nouveau depuis l&apos;application d&apos;origine.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="237"/>
        <source>%1 Nothing was changed. If this computer&apos;s clock really is that far off, correct it, or run &apos;tessera-cli time --accept-large-offset&apos; to correct codes by it.</source>
        <translation>%1 Rien n&apos;a été modifié. Si l&apos;horloge de cet ordinateur est vraiment aussi décalée, corrigez-la, ou lancez « tessera-cli time --accept-large-offset » pour corriger les codes d&apos;autant.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="241"/>
        <source>No private channel to the running Tessera could be set up (%1), so this window works on its own; files and links opened now are not passed on.</source>
        <translation>Aucun canal privé vers Tessera en cours d&apos;exécution n&apos;a pu être établi (%1), cette fenêtre fonctionne donc seule ; les fichiers et liens ouverts maintenant ne sont pas transmis.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="245"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code PIN compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="248"/>
        <source>Wrong PIN. That was the third: unlock with the password now.</source>
        <translation>Code PIN faux. C’était le troisième : déverrouillez maintenant avec le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/common/error_text.cpp" line="249"/>
        <source>Wrong PIN; %n attempt(s) left.</source>
        <translation>
            <numerusform>Code PIN faux ; encore %n essai.</numerusform>
            <numerusform>Code PIN faux ; encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="251"/>
        <source>The running Tessera was asked for %1 and the answer was Deny.</source>
        <translation>La Tessera en cours d’exécution a été sollicitée pour %1 et la réponse a été Refuser.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="255"/>
        <source>This password is too easy to guess (about %1 bits; at least 40 are needed).</source>
        <translation>Ce mot de passe est trop facile à deviner (environ %1 bits ; il en faut au moins 40).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="259"/>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
</context>
<context>
    <name>tessera::TimeStatus</name>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="30"/>
        <source>%1 of %2 time servers say so, and no secure source confirmed it.</source>
        <translation>%1 serveurs de temps sur %2 l&apos;affirment, et aucune source sûre ne l&apos;a confirmé.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="31"/>
        <source>No secure source confirmed it, and a forged time reply could claim this.</source>
        <translation>Aucune source sûre ne l&apos;a confirmé, et une réponse horaire falsifiée pourrait le prétendre.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="32"/>
        <source>Your clock seems %1 behind — correct codes by that much?</source>
        <translation>Votre horloge semble retarder de %1 — corriger les codes d&apos;autant ?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="33"/>
        <source>Your clock seems %1 ahead — correct codes by that much?</source>
        <translation>Votre horloge semble avancer de %1 — corriger les codes d&apos;autant ?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="43"/>
        <location filename="../../core/session/time_status_text.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="60"/>
        <source>The clock could not be checked: no time server answered.</source>
        <translation>L&apos;horloge n&apos;a pas pu être vérifiée : aucun serveur de temps n&apos;a répondu.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="61"/>
        <source>The clock has not been checked yet.</source>
        <translation>L&apos;horloge n&apos;a pas encore été vérifiée.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="64"/>
        <source>Codes use the system clock.</source>
        <translation>Les codes utilisent l&apos;horloge du système.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="65"/>
        <source>Codes are shifted by %1%2 (set by hand).</source>
        <translation>Les codes sont décalés de %1%2 (réglé à la main).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="67"/>
        <source>A shift of %1%2 is set by hand but correction is turned off.</source>
        <translation>Un décalage de %1%2 est réglé à la main mais la correction est désactivée.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="71"/>
        <source>Clock is accurate (±%1).</source>
        <translation>L&apos;horloge est exacte (±%1).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="75"/>
        <source>Your clock is %1 behind — codes are corrected.</source>
        <translation>Votre horloge retarde de %1 — les codes sont corrigés.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="76"/>
        <source>Your clock is %1 ahead — codes are corrected.</source>
        <translation>Votre horloge avance de %1 — les codes sont corrigés.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="77"/>
        <source>Your clock is %1 behind — codes are not corrected.</source>
        <translation>Votre horloge retarde de %1 — les codes ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="78"/>
        <source>Your clock is %1 ahead — codes are not corrected.</source>
        <translation>Votre horloge avance de %1 — les codes ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="85"/>
        <source>Clock unchecked</source>
        <translation>Horloge non vérifiée</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>System clock</source>
        <translation>Horloge système</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>Clock shifted by hand</source>
        <translation>Horloge décalée à la main</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="89"/>
        <source>Clock OK</source>
        <translation>Horloge OK</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="91"/>
        <source>Clock corrected</source>
        <translation>Horloge corrigée</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="92"/>
        <source>Clock %1 off</source>
        <translation>Horloge décalée de %1</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="103"/>
        <source>Set by hand on %1.</source>
        <translation>Réglé à la main le %1.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="105"/>
        <source>Measured with %1 (SNTP, ±%2) on %3.</source>
        <translation>Mesuré avec %1 (SNTP, ±%2) le %3.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="107"/>
        <source>Measured with %1 (HTTPS, ±%2) on %3.</source>
        <translation>Mesuré avec %1 (HTTPS, ±%2) le %3.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="74"/>
        <source>%1 — clears in %2 s</source>
        <translation>%1 — effacé dans %2 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="82"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="204"/>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="217"/>
        <source>Restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="258"/>
        <source>Recovery code copied and marked as used</source>
        <translation>Code de récupération copié et marqué comme utilisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/accounts_controller.cpp" line="277"/>
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>%n code de récupération enregistré</numerusform>
            <numerusform>%n codes de récupération enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AutoType</name>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="54"/>
        <source>Tessera did not see which window you came from, so it typed nothing.</source>
        <translation>Tessera n’a pas vu de quelle fenêtre vous veniez, il n’a donc rien tapé.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="70"/>
        <source>The desktop did not let Tessera type, so it typed nothing.</source>
        <translation>Le bureau n&apos;a pas permis à Tessera de taper, il n&apos;a donc rien tapé.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="74"/>
        <source>The desktop did not answer whether Tessera may type, so it typed nothing.</source>
        <translation>Le bureau n&apos;a pas répondu si Tessera peut taper, il n&apos;a donc rien tapé.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="91"/>
        <source>A modifier key stayed pressed, so Tessera typed nothing.</source>
        <translation>Une touche de modification est restée enfoncée, Tessera n’a donc rien tapé.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="92"/>
        <source>The window you came from did not take the keyboard back, so Tessera typed nothing.</source>
        <translation>La fenêtre d’où vous veniez n’a pas repris le clavier, Tessera n’a donc rien tapé.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="100"/>
        <source>Another window took the keyboard, so Tessera stopped typing.</source>
        <translation>Une autre fenêtre a pris le clavier, Tessera a donc arrêté de taper.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="102"/>
        <source>The keyboard layout in use has no key for “%1”, so Tessera stopped typing.</source>
        <translation>La disposition de clavier utilisée n’a pas de touche pour « %1 », Tessera a donc arrêté de taper.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserIntegrationController</name>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="34"/>
        <source>Cannot be connected: its sandbox cannot start Tessera</source>
        <translation>Connexion impossible : son bac à sable ne peut pas lancer Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="36"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="38"/>
        <source>Connected to another copy of Tessera</source>
        <translation>Connecté à une autre copie de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not found on this computer</source>
        <translation>Introuvable sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="86"/>
        <source>%1 is connected. Add the Tessera extension to it, then sign in as usual.</source>
        <translation>%1 est connecté. Ajoutez-lui l&apos;extension Tessera, puis connectez-vous comme d&apos;habitude.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="94"/>
        <source>%1 is no longer connected.</source>
        <translation>%1 n&apos;est plus connecté.</translation>
    </message>
    <message>
        <source>No browser was found on this computer.</source>
        <translation type="vanished">Aucun navigateur n&apos;a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connected: %1. Add the Tessera extension to each, then sign in as usual.</source>
        <translation type="vanished">Connectés : %1. Ajoutez l&apos;extension Tessera à chacun, puis connectez-vous comme d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserRequestsController</name>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="57"/>
        <source>Allow %1 to request codes from Tessera?</source>
        <translation>Autoriser %1 à demander des codes à Tessera ?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="60"/>
        <source>Fill codes on %1?</source>
        <translation>Remplir les codes sur %1 ?</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::CliRequestsController</name>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="53"/>
        <source>tessera-cli wants %1.</source>
        <translation>tessera-cli demande %1.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="54"/>
        <source>tessera-cli (%1) wants %2.</source>
        <translation>tessera-cli (%1) demande %2.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ExportController</name>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="121"/>
        <source>%1 is not included: %2.</source>
        <translation>%1 n&apos;est pas inclus : %2.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="133"/>
        <source>None of these accounts can be transferred to Google Authenticator.</source>
        <translation>Aucun de ces comptes ne peut être transféré vers Google Authenticator.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="169"/>
        <source>Tessera → Google Authenticator · %1 of %2</source>
        <translation>Tessera → Google Authenticator · %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="173"/>
        <source>Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.</source>
        <translation>%1 enregistré dans %2. Ces images contiennent vos clés secrètes : supprimez-les une fois qu&apos;elles sont sur le téléphone.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::FileExportController</name>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="47"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="101"/>
        <source>Choose a password for the file.</source>
        <translation>Choisissez un mot de passe pour le fichier.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="119"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::IconPacksController</name>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="102"/>
        <source>Icon pack “%1” (version %2) added: %n icon(s).</source>
        <translation>
            <numerusform>Pack d&apos;icônes « %1 » (version %2) ajouté : %n icône.</numerusform>
            <numerusform>Pack d&apos;icônes « %1 » (version %2) ajouté : %n icônes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="104"/>
        <source>%n of its pictures could not be used.</source>
        <translation>
            <numerusform>%n de ses images n&apos;a pas pu être utilisée.</numerusform>
            <numerusform>%n de ses images n&apos;ont pas pu être utilisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="121"/>
        <source>Icon pack removed. Accounts keep the icons they were given.</source>
        <translation>Pack d&apos;icônes retiré. Les comptes gardent les icônes reçues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="135"/>
        <source>%n account(s) now show the pack&apos;s icon.</source>
        <translation>
            <numerusform>%n compte affiche maintenant l&apos;icône du pack.</numerusform>
            <numerusform>%n comptes affichent maintenant l&apos;icône du pack.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ImportController</name>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="111"/>
        <source>Left out %1: %2</source>
        <translation>%1 laissé de côté : %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="118"/>
        <source>Wait until the file being read is done, then open the next one.</source>
        <translation>Attendez la fin de la lecture du fichier en cours, puis ouvrez le suivant.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="154"/>
        <source>This %1 file is encrypted. Type the password it was exported with.</source>
        <translation>Ce fichier %1 est chiffré. Tapez le mot de passe utilisé lors de l&apos;export.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="161"/>
        <source>Type the password of the file.</source>
        <translation>Tapez le mot de passe du fichier.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="173"/>
        <source>Reading the %1 file…</source>
        <translation>Lecture du fichier %1…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="190"/>
        <source>Stopped reading the file.</source>
        <translation>Lecture du fichier arrêtée.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="200"/>
        <source>Choose at least one account to add.</source>
        <translation>Choisissez au moins un compte à ajouter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="213"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>%n compte ajouté.</numerusform>
            <numerusform>%n comptes ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="215"/>
        <source>%n entry(s) of the file could not be read and were left out.</source>
        <translation>
            <numerusform>%n entrée du fichier n&apos;a pas pu être lue et a été laissée de côté.</numerusform>
            <numerusform>%n entrées du fichier n&apos;ont pas pu être lues et ont été laissées de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PinController</name>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="28"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="35"/>
        <source>PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand.</source>
        <translation>Code PIN défini. Après un verrouillage automatique, il déverrouille Tessera jusqu’à ce que vous quittiez ou verrouilliez à la main.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="43"/>
        <source>PIN removed.</source>
        <translation>Code PIN supprimé.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PortalRequest</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="36"/>
        <source>it was cancelled or refused</source>
        <translation>l&apos;opération a été annulée ou refusée</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="42"/>
        <source>the desktop portal&apos;s picture could not be read</source>
        <translation>l&apos;image du portail du bureau n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::QuickPickerController</name>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="31"/>
        <source>Typing into other windows is not available here.</source>
        <translation>Taper dans d’autres fenêtres n’est pas possible ici.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="80"/>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="99"/>
        <source>%1 The code was copied instead.</source>
        <translation>%1 Le code a été copié à la place.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="116"/>
        <source>Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working elsewhere.</source>
        <translation>Maintenez Ctrl, Alt ou Super avec la touche, pour qu’elle continue de fonctionner ailleurs.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanController</name>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="29"/>
        <source>Stopped reading the picture.</source>
        <translation>Lecture de l&apos;image arrêtée.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="122"/>
        <source>Looking at the screen…</source>
        <translation>Examen de l&apos;écran…</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Part read; scan the next code.</source>
        <translation>Partie lue ; scannez le code suivant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n compte trouvé.</numerusform>
            <numerusform>%n comptes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="185"/>
        <source>The clipboard holds no picture and no link; copy the QR code&apos;s picture or its otpauth:// link.</source>
        <translation>Le presse-papiers ne contient ni image ni lien ; copiez l&apos;image du code QR ou son lien otpauth://.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="189"/>
        <source>Nothing new in this picture: its accounts are already in the list.</source>
        <translation>Rien de nouveau dans cette image : ses comptes sont déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="212"/>
        <source>All %1 codes of the Google Authenticator export read.</source>
        <translation>Les %1 codes de l&apos;export Google Authenticator ont été lus.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="218"/>
        <source>%1 of %2 codes of the Google Authenticator export read; still missing: %3.</source>
        <translation>%1 codes sur %2 de l&apos;export Google Authenticator lus ; il manque encore : %3.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="230"/>
        <source>Left out %1: %2.</source>
        <translation>%1 laissé de côté : %2.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="244"/>
        <source>Choose at least one account to add.</source>
        <translation>Choisissez au moins un compte à ajouter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="256"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>%n compte ajouté.</numerusform>
            <numerusform>%n comptes ajoutés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanResultModel</name>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="14"/>
        <source>TOTP · %1 digits · %2 s · %3</source>
        <translation>TOTP · %1 chiffres · %2 s · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="16"/>
        <source>HOTP · %1 digits · counter %2 · %3</source>
        <translation>HOTP · %1 chiffres · compteur %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="18"/>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScreenGrabber</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="58"/>
        <source>no direct access and no desktop portal</source>
        <translation>pas d&apos;accès direct ni de portail du bureau</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="77"/>
        <source>no screenshot portal: %1</source>
        <translation>pas de portail de capture d&apos;écran : %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/screen_grabber_portal_other.cpp" line="8"/>
        <source>the system refused it; allow screen recording for Tessera in the privacy settings</source>
        <translation>le système l&apos;a refusé ; autorisez l&apos;enregistrement de l&apos;écran pour Tessera dans les paramètres de confidentialité</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::SyncController</name>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="51"/>
        <source>No more copies go to a second folder.</source>
        <translation>Plus aucune copie ne va dans un second dossier.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="52"/>
        <source>After each change an encrypted copy of the vault also goes to %1.</source>
        <translation>Après chaque modification, une copie chiffrée du coffre va aussi dans %1.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="69"/>
        <source>Type the password this copy was saved with.</source>
        <translation>Saisissez le mot de passe avec lequel cette copie a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="78"/>
        <source>Merged %1: nothing new in it.</source>
        <translation>%1 fusionné : rien de nouveau dedans.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="89"/>
        <source>This backup was saved under another password; restore it with &apos;tessera-cli restore --copy-password-file&apos;.</source>
        <translation>Cette sauvegarde a été enregistrée avec un autre mot de passe ; restaurez-la avec &apos;tessera-cli restore --copy-password-file&apos;.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="93"/>
        <source>Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in the backups.</source>
        <translation>%1 restauré : %2 compte(s) revenu(s) ou ajouté(s), %3 modifié(s), %4 supprimé(s). Le coffre tel qu’il était se trouve dans les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="117"/>
        <source>The vault is now in %1.</source>
        <translation>Le coffre se trouve maintenant dans %1.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TimeController</name>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="147"/>
        <source>No time server answered, so the clock is unchecked. Codes may be refused if this computer&apos;s clock is off.</source>
        <translation>Aucun serveur de temps n&apos;a répondu, l&apos;horloge n&apos;est donc pas vérifiée. Les codes peuvent être refusés si l&apos;horloge de cet ordinateur est décalée.</translation>
    </message>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="150"/>
        <source>This computer&apos;s clock changed since the last check; check it again so codes stay right.</source>
        <translation>L&apos;horloge de cet ordinateur a changé depuis la dernière vérification ; vérifiez-la à nouveau pour que les codes restent justes.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="17"/>
        <source>Show or hide Tessera</source>
        <translation>Afficher ou masquer Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="18"/>
        <source>Quick picker…</source>
        <translation>Sélecteur rapide…</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="19"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="21"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="55"/>
        <source>Copy the code for %1</source>
        <translation>Copier le code de %1</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="34"/>
        <source>The vault file was changed by another program and cannot be used now: %1 Until it can, Tessera shows the accounts it had and saves nothing.</source>
        <translation>Le fichier du coffre a été modifié par un autre programme et ne peut pas être utilisé pour l&apos;instant : %1 En attendant, Tessera affiche les comptes qu&apos;il avait et n&apos;enregistre rien.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="43"/>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation>Une copie laissée à côté du coffre par un outil de synchronisation n’a pas pu être fusionnée : %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="46"/>
        <source>The vault&apos;s password was changed on another computer. Unlock it with the new password; nothing was saved over that change.</source>
        <translation>Le mot de passe du coffre a été changé sur un autre ordinateur. Déverrouillez-le avec le nouveau mot de passe ; rien n’a été enregistré par-dessus ce changement.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="50"/>
        <source>This vault file lacks changes this computer saw before: an older copy was put in its place (a backup, or a sync that has not finished). Changes made here are merged with it; to go back on purpose, restore a backup in Settings.</source>
        <translation>Il manque à ce fichier de coffre des modifications que cet ordinateur a déjà vues : une copie plus ancienne a été mise à sa place (une sauvegarde, ou une synchronisation inachevée). Les modifications faites ici sont fusionnées avec elle ; pour revenir en arrière délibérément, restaurez une sauvegarde dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="108"/>
        <source>Choose a password you do not use anywhere else.</source>
        <translation>Choisissez un mot de passe que vous n&apos;utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="110"/>
        <source>Too easy to guess (about %1 bits; at least 40 are needed). %2</source>
        <translation>Trop facile à deviner (environ %1 bits ; il en faut au moins 40). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="112"/>
        <source>Weak (about %1 bits; 65 or more is good). %2</source>
        <translation>Faible (environ %1 bits ; 65 ou plus est bien). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Strong (about %1 bits).</source>
        <translation>Fort (environ %1 bits).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Good (about %1 bits).</source>
        <translation>Bon (environ %1 bits).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="158"/>
        <source>Type the vault password.</source>
        <translation>Tapez le mot de passe du coffre.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="249"/>
        <source>Password changed; the vault has a new key.</source>
        <translation>Mot de passe changé ; le coffre a une nouvelle clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="252"/>
        <source>%n backup(s) re-encrypted with it.</source>
        <translation>
            <numerusform>%n sauvegarde rechiffrée avec lui.</numerusform>
            <numerusform>%n sauvegardes rechiffrées avec lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="254"/>
        <source>%n backup(s) that could not be re-encrypted were removed.</source>
        <translation>
            <numerusform>%n sauvegarde qui n&apos;a pas pu être rechiffrée a été supprimée.</numerusform>
            <numerusform>%n sauvegardes qui n&apos;ont pas pu être rechiffrées ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="256"/>
        <source>These copies still open with the old password; delete them: %1</source>
        <translation>Ces copies s&apos;ouvrent encore avec l&apos;ancien mot de passe ; supprimez-les : %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="259"/>
        <source>Unlocking with the keychain is now off: %1</source>
        <translation>Le déverrouillage par le trousseau est maintenant désactivé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="280"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n compte ajouté</numerusform>
            <numerusform>%n comptes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n compte modifié</numerusform>
            <numerusform>%n comptes modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n account(s) removed</source>
        <translation>
            <numerusform>%n compte supprimé</numerusform>
            <numerusform>%n comptes supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="288"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="289"/>
        <source>%1 on another computer.</source>
        <translation>%1 sur un autre ordinateur.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultSession</name>
    <message>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation type="vanished">Une copie laissée à côté du coffre par un outil de synchronisation n’a pas pu être fusionnée : %1</translation>
    </message>
</context>
</TS>
