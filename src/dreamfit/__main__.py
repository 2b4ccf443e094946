from dreamfit.cli import main

raise SystemExit(main())
