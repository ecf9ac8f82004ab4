# fish completion for tessera-cli: commands, each command's options, and the values they take.
set -l commands code uri scan time init add list remove rename passwd recovery sites keychain import export merge restore sync vault
set -l vault_commands code init add list remove rename passwd recovery sites keychain import export merge restore sync vault

complete -c tessera-cli -f
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the help'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Show the version'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a code -d 'A code for a secret, or an account'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a uri -d 'Parse an otpauth:// link'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a scan -d "The accounts in pictures' QR codes"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a time -d 'Measure and correct the clock'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a init -d 'Create a vault'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a add -d 'Add an account'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the accounts'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a remove -d 'Remove an account'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a rename -d 'Rename an account'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a passwd -d 'Change the vault password'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a recovery -d 'Keep and use recovery codes'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a sites -d 'Websites where the browser fills a code'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a keychain -d 'Unlock through the keychain'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a import -d "Another authenticator's accounts"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a export -d 'A backup or an export'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a merge -d 'Merge another copy of this vault'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a restore -d "Make the vault a backup's accounts"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a sync -d 'How this vault stands beside its copies'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a vault -d 'Move the vault'

# Options every vault command takes
complete -c tessera-cli -n "__fish_seen_subcommand_from $vault_commands" -l vault -r -F -d 'The vault file'
complete -c tessera-cli -n "__fish_seen_subcommand_from $vault_commands" -l password-stdin -d 'Unlock with the first line of stdin'
complete -c tessera-cli -n "__fish_seen_subcommand_from $vault_commands" -l no-app -d 'Open the vault file even when Tessera has it unlocked'

# Code options
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l type -x -a 'totp hotp steam'
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l algorithm -x -a 'SHA1 SHA256 SHA512'
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l digits -x
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l period -x
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l counter -x
complete -c tessera-cli -n "__fish_seen_subcommand_from code add" -l secret -x -d 'Base32 key'
complete -c tessera-cli -n "__fish_seen_subcommand_from add" -l site -x -d 'A website the account signs in on'
complete -c tessera-cli -n "__fish_seen_subcommand_from code" -l time -x -d 'Unix time'
complete -c tessera-cli -n "__fish_seen_subcommand_from code" -l no-time-correction -d 'Use the system clock as it is'

complete -c tessera-cli -n "__fish_seen_subcommand_from uri list time" -l json -d 'Print JSON'
complete -c tessera-cli -n "__fish_seen_subcommand_from scan" -F

complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l server -x -d 'SNTP server'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l https-url -x -d 'HTTPS fallback'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l no-https -d 'No HTTPS fallback'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l timeout -x -d 'Seconds'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l no-save -d 'Only measure'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l accept-large-offset -d 'Use an unconfirmed offset above 2 minutes'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l show -d 'Show the correction'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l offset -x -d 'Set the correction by hand'
complete -c tessera-cli -n "__fish_seen_subcommand_from time" -l reset -d 'Remove the correction'

complete -c tessera-cli -n "__fish_seen_subcommand_from init passwd" -l kdf -x -a 'interactive moderate sensitive'

complete -c tessera-cli -n "__fish_seen_subcommand_from add" -l uri -x -d 'otpauth link'
complete -c tessera-cli -n "__fish_seen_subcommand_from add" -l image -r -F -d 'Picture with a QR code'
complete -c tessera-cli -n "__fish_seen_subcommand_from add rename" -l issuer -x -d 'Service'
complete -c tessera-cli -n "__fish_seen_subcommand_from add rename" -l name -x -d 'Account'

complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and not __fish_seen_subcommand_from add list use" -a 'add list use'
complete -c tessera-cli -n "__fish_seen_subcommand_from sites; and not __fish_seen_subcommand_from add list remove" -a 'list add remove'
complete -c tessera-cli -n "__fish_seen_subcommand_from recovery" -l replace -d 'Replace the stored codes'
complete -c tessera-cli -n "__fish_seen_subcommand_from keychain; and not __fish_seen_subcommand_from enable disable" -a 'enable disable'

complete -c tessera-cli -n "__fish_seen_subcommand_from import" -F
complete -c tessera-cli -n "__fish_seen_subcommand_from import" -l format -x -a 'tessera aegis 2fas andotp freeotp2 freeotp-plus bitwarden bitwarden-csv ente stratum otpclient authy lastpass proton totp-authenticator steam duo google-migration otpauth'
complete -c tessera-cli -n "__fish_seen_subcommand_from import" -l source-password-file -r -F
complete -c tessera-cli -n "__fish_seen_subcommand_from import" -l dry-run -d 'Only list what would be added'
complete -c tessera-cli -n "__fish_seen_subcommand_from import" -l include-duplicates -d 'Add accounts already in the vault'

complete -c tessera-cli -n "__fish_seen_subcommand_from export" -l format -x -a 'tessera aegis otpauth recovery-sheet qr google-migration-qr'
complete -c tessera-cli -n "__fish_seen_subcommand_from export" -l output -r -F
complete -c tessera-cli -n "__fish_seen_subcommand_from export" -l account -x
complete -c tessera-cli -n "__fish_seen_subcommand_from export" -l export-password-file -r -F
complete -c tessera-cli -n "__fish_seen_subcommand_from export" -l plain -d 'No encryption'

complete -c tessera-cli -n "__fish_seen_subcommand_from merge restore" -F
complete -c tessera-cli -n "__fish_seen_subcommand_from merge restore" -l copy-password-file -r -F -d "The copy's password"
complete -c tessera-cli -n "__fish_seen_subcommand_from sync; and not __fish_seen_subcommand_from status" -a status
complete -c tessera-cli -n "__fish_seen_subcommand_from sync" -l json -d 'Print JSON'
complete -c tessera-cli -n "__fish_seen_subcommand_from vault; and not __fish_seen_subcommand_from move" -a move
