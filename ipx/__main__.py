from ipx.cli import main

main()
