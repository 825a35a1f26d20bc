/*
 * A stand-in for java.exe in WindowsLauncherTest: with -XshowSettings:properties it reports the Java version in
 * FAKE_JAVA_VERSION (default 25) as Java does; otherwise it prints which program it is and its arguments, one per
 * line in brackets, and exits with 3 so that the test sees the script pass the status on.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-XshowSettings:properties") == 0) {
            const char *v = getenv("FAKE_JAVA_VERSION");
            fprintf(stderr, "Property settings:\n    java.home = C:\\jdk\n    java.specification.version = %s\n    java.vendor = Test\n", v ? v : "25");
            return 0;
        }
    }
    printf("program: %s\n", argv[0]);
    printf("java was started with %d arguments:\n", argc - 1);
    for (int i = 1; i < argc; i++) printf("[%s]\n", argv[i]);
    return 3;
}
