"""One module per subcommand of `kiemphieu`; each has `register(subparsers)`."""
