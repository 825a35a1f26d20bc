@echo off
rem Cairn's launcher for Windows: the front door of an installed Cairn (the product runs without a native
rem launcher). A branded build renames it after the brand; launcher\launcher.conf gives the product's name, this
rem script's name and the data folder (docs/BRANDING.md). The same options as the POSIX script:
rem
rem   cairn [--data DIR] [--reset-layout] [--debug] [-J<jvm-option>]... [platform arguments]
rem   cairn [--data DIR] admin <command> [arguments]      the headless command line
rem   cairn --help
rem
rem Finds a Java 21+ (a runtime bundled in jre\, %JAVA_HOME%, the PATH), keeps the user's data in
rem %LOCALAPPDATA%\<product name> unless --data DIR is given. JVM options: CAIRN_JAVA_OPTS, then -J<option>.
setlocal EnableExtensions DisableDelayedExpansion

set "here=%~dp0"
if "%here:~-1%"=="\" set "here=%here:~0,-1%"

set "product_name=Cairn"
set "command_name=cairn"
set "data_folder="
if exist "%here%\launcher\launcher.conf" (
	for /f "usebackq eol=# tokens=1,* delims==" %%a in ("%here%\launcher\launcher.conf") do (
		if "%%a"=="name" set "product_name=%%b"
		if "%%a"=="command" set "command_name=%%b"
		if "%%a"=="data.folder" set "data_folder=%%b"
	)
)

set "mode=workstation"
set "data="
set "jvm_extra="
set "app_args="
rem -clearPersistedState for the first start only: a restart after Sign Out must not reset the next person's layout.
set "reset_layout="
set "debug="

:args
if "%~1"=="" goto args_done
if /i "%~1"=="--help" goto usage
if /i "%~1"=="-h" goto usage
if /i "%~1"=="--data" (
	if "%~2"=="" (
		echo %command_name%: --data needs a folder 1>&2
		exit /b 2
	)
	set "data=%~2"
	shift
	shift
	goto args
)
if /i "%~1"=="--reset-layout" (
	set "reset_layout=-clearPersistedState"
	shift
	goto args
)
if /i "%~1"=="--debug" (
	set "app_args=%app_args% -consoleLog"
	set "debug=1"
	shift
	goto args
)
if /i "%~1"=="admin" (
	set "mode=admin"
	set "app_args=%app_args% -application org.cairn.admin.cli -nosplash"
	shift
	goto admin_args
)
set "arg=%~1"
if "%arg:~0,2%"=="-J" (
	set "jvm_extra=%jvm_extra% "%arg:~2%""
) else (
	set "app_args=%app_args% "%arg%""
)
shift
goto args

:admin_args
rem Everything after 'admin' belongs to the command line application.
if "%~1"=="" goto args_done
set "app_args=%app_args% "%~1""
shift
goto admin_args

:usage
echo Usage: %command_name% [options] [platform arguments]
echo        %command_name% [options] admin ^<command^> [arguments]
echo.
echo Options:
echo   --data DIR        keep patient data, layout and logs in DIR (default: the per-user data folder)
echo   --reset-layout    start with the default window layout
echo   --debug           print the platform log to the console
echo   -J^<option^>        pass ^<option^> to the Java VM, e.g. -J-Xmx2g
echo   --help            show this help
echo.
echo Environment:
echo   JAVA_HOME         the Java 21+ to use
echo   CAIRN_JAVA_OPTS   extra Java VM options
echo.
echo '%command_name% admin help' lists the administration commands.
exit /b 0

:args_done
rem Java: a runtime bundled with the product wins; otherwise JAVA_HOME, then the PATH.
set "java="
set "bundled="
if exist "%here%\jre\bin\java.exe" (
	set "java=%here%\jre\bin\java.exe"
	set "bundled=1"
)
if not defined java if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if not defined java for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined java set "java=%%j"
if not defined java goto no_java
call :java_major "%java%"
if not defined java_major goto old_java
if %java_major% LSS 21 goto old_java
goto java_ok

:no_java
echo %product_name% needs Java 21 or newer, and none was found. 1>&2
echo Looked in: the bundled runtime, %%JAVA_HOME%%, 'java' on the PATH. 1>&2
echo Install a JDK 21+ (for example Eclipse Temurin) and set JAVA_HOME to it. 1>&2
exit /b 1

:old_java
if defined bundled (
	echo %command_name%: the Java runtime bundled in %here%\jre is not Java 21 or newer; reinstall %product_name%. 1>&2
	exit /b 1
)
echo %product_name% needs Java 21 or newer; found only %java% (version %java_major%). 1>&2
echo Install a JDK 21+ and set JAVA_HOME to it. 1>&2
exit /b 1

:java_ok
rem The per-user data folder, private to the user: it holds patient data. A brand's data.folder is a folder name
rem in %LOCALAPPDATA%, or an absolute path.
set "per_user="
if not defined data (
	set "per_user=1"
	if defined data_folder (set "data=%data_folder%") else (set "data=%product_name%")
)
if defined per_user if not "%data:~1,2%"==":\" if not "%data:~0,2%"=="\\" set "data=%LOCALAPPDATA%\%data%"
if not exist "%data%\tmp\" mkdir "%data%\tmp" 2>nul
if not exist "%data%\" (
	echo %command_name%: cannot create the data folder %data% 1>&2
	exit /b 1
)

set "launcher_jar="
rem "dir /b" rather than a quoted pattern in "for": not every cmd expands a quoted wildcard.
for /f "delims=" %%f in ('dir /b "%here%\plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do set "launcher_jar=%here%\plugins\%%f"
if not defined launcher_jar (
	echo %command_name%: this %product_name% installation is incomplete: plugins\org.eclipse.equinox.launcher_*.jar is missing in %here% 1>&2
	exit /b 1
)

rem The saved window layout belongs to one build of the application model: after an upgrade start from the new
rem model.
if "%mode%"=="workstation" (
	for /f "delims=" %%f in ('dir /b "%here%\plugins\org.cairn.app_*.jar" 2^>nul') do set "build=%%~nf"
)
if "%mode%"=="workstation" call :layout_stamp

rem JVM options, in this order: defaults, the site's and the command line's, then the options Cairn depends on.
if "%mode%"=="admin" (
	set "vm_opts=-Xms32m -Xmx512m -Djava.awt.headless=true"
) else (
	set "vm_opts=-Xms128m -Xmx1g"
)
set "vm_opts=%vm_opts% -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED"
if %java_major% GEQ 24 set "vm_opts=%vm_opts% --sun-misc-unsafe-memory-access=allow"
set "vm_opts=%vm_opts% %CAIRN_JAVA_OPTS% %jvm_extra%"

set runner="%java%"
set "detached="
if "%mode%"=="workstation" if not defined debug (
	if exist "%java:~0,-8%javaw.exe" set runner=start "%product_name%" "%java:~0,-8%javaw.exe"
	if exist "%java:~0,-8%javaw.exe" set "detached=1"
)
rem Sign Out ends the workbench with exit code 23 (restart): where this script waits for Java (the console, --debug),
rem it starts Cairn again for the next person's sign-in. A detached javaw cannot be waited for: there Cairn starts its
rem workbench again itself, in the same Java (cairn.restart=in-process).
if defined detached set "vm_opts=%vm_opts% -Dcairn.restart=in-process"
:run
%runner% %vm_opts% "-Dcairn.data=%data%" "-Djava.io.tmpdir=%data%\tmp" -Dosgi.requiredJavaVersion=21 "-Dcairn.launcher=%command_name%" -Dosgi.configuration.cascaded=true "-Dosgi.sharedConfiguration.area=%here%\configuration" -jar "%launcher_jar%" -configuration "%data%\configuration" -data "%data%" %app_args% %reset_layout%
set "status=%errorlevel%"
if "%mode%"=="workstation" if "%status%"=="23" (
	set "reset_layout="
	goto run
)
exit /b %status%

:java_major
rem Sets java_major to the feature version of the java executable %1 ("21", "25", ...).
set "java_major="
rem Each line of Java's settings split at "=" and spaces; no findstr, whose options not every cmd honours.
for /f "tokens=1,2 delims== " %%a in ('call %1 -XshowSettings:properties -version 2^>^&1') do (
	if "%%a"=="java.specification.version" set "java_major=%%b"
)
if not defined java_major exit /b 0
if "%java_major:~0,2%"=="1." set "java_major=%java_major:~2%"
for /f "tokens=1 delims=." %%m in ("%java_major%") do set "java_major=%%m"
exit /b 0

:layout_stamp
set "stamp=%data%\.metadata\cairn-layout.build"
set "old_build="
if exist "%stamp%" set /p old_build=<"%stamp%"
if defined old_build if not "%old_build%"=="%build%" set "reset_layout=-clearPersistedState"
if not exist "%data%\.metadata\" mkdir "%data%\.metadata"
> "%stamp%" echo %build%
exit /b 0
