from ipx.launch import main

main()
