# bash completion for tessera-cli: commands, each command's options, and the values they take.
_tessera_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="code uri scan time init add list remove rename passwd recovery sites keychain import export merge restore sync vault help"
    local vault="--vault --password-stdin --no-app --help"
    local otp="--type --algorithm --digits --period --counter"
    local import_formats="tessera aegis 2fas andotp freeotp2 freeotp-plus bitwarden bitwarden-csv ente stratum otpclient authy lastpass proton totp-authenticator steam duo google-migration otpauth"

    case $prev in
        --vault|--output|--image|--source-password-file|--export-password-file|--copy-password-file)
            _filedir; return ;;
        --type) COMPREPLY=($(compgen -W "totp hotp steam" -- "$cur")); return ;;
        --algorithm) COMPREPLY=($(compgen -W "SHA1 SHA256 SHA512" -- "$cur")); return ;;
        --kdf) COMPREPLY=($(compgen -W "interactive moderate sensitive" -- "$cur")); return ;;
        --digits|--period|--counter|--time|--secret|--issuer|--name|--uri|--server|--https-url|--timeout|--offset|--account)
            return ;;
        --format)
            if [[ ${words[1]} == export ]]; then
                COMPREPLY=($(compgen -W "tessera aegis otpauth recovery-sheet qr google-migration-qr" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$import_formats" -- "$cur"))
            fi
            return ;;
    esac

    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local options=""
    case ${words[1]} in
        code) options="--secret --time --no-time-correction $otp $vault" ;;
        uri) options="--json --help" ;;
        scan) options="--help"; [[ $cur != -* ]] && { _filedir; return; } ;;
        time) options="--server --https-url --no-https --timeout --json --no-save --accept-large-offset --show --offset --reset --help" ;;
        init|passwd) options="--kdf $vault" ;;
        add) options="--uri --image --issuer --name --secret --site $otp $vault" ;;
        list) options="--json $vault" ;;
        remove) options="$vault" ;;
        rename) options="--issuer --name $vault" ;;
        recovery)
            if [[ $cword -eq 2 && $cur != -* ]]; then COMPREPLY=($(compgen -W "add list use" -- "$cur")); return; fi
            options="--replace $vault" ;;
        sites)
            if [[ $cword -eq 2 && $cur != -* ]]; then COMPREPLY=($(compgen -W "list add remove" -- "$cur")); return; fi
            options="$vault" ;;
        keychain)
            if [[ $cword -eq 2 && $cur != -* ]]; then COMPREPLY=($(compgen -W "enable disable" -- "$cur")); return; fi
            options="$vault" ;;
        import)
            options="--format --source-password-file --dry-run --include-duplicates $vault"
            [[ $cur != -* ]] && { _filedir; return; } ;;
        export) options="--format --output --account --export-password-file --plain $vault" ;;
        merge|restore)
            options="--copy-password-file $vault"
            [[ $cur != -* ]] && { _filedir; return; } ;;
        sync)
            if [[ $cword -eq 2 && $cur != -* ]]; then COMPREPLY=($(compgen -W "status" -- "$cur")); return; fi
            options="--json $vault" ;;
        vault)
            if [[ $cword -eq 2 && $cur != -* ]]; then COMPREPLY=($(compgen -W "move" -- "$cur")); return; fi
            [[ $cur != -* ]] && { _filedir; return; }
            options="$vault" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _tessera_cli tessera-cli
