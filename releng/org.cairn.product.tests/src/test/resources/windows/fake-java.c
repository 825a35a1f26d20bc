/*
 * A stand-in for java.exe in WindowsLauncherTest: with -XshowSettings:properties it reports the Java version in
 * FAKE_JAVA_VERSION (default 25) as Java does; otherwise it prints which program it is and its arguments, one per
 * line in brackets, and exits with 3 so that the test sees the script pass the status on. With FAKE_JAVA_ARGS_FILE set
 * it also writes them there (a detached javaw.exe has no console to print to).
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
    const char *file = getenv("FAKE_JAVA_ARGS_FILE");
    if (file) {
        FILE *out = fopen(file, "w");
        if (out) {
            for (int i = 1; i < argc; i++) fprintf(out, "[%s]\n", argv[i]);
            fclose(out);
        }
    }
    printf("program: %s\n", argv[0]);
    printf("java was started with %d arguments:\n", argc - 1);
    for (int i = 1; i < argc; i++) printf("[%s]\n", argv[i]);
    return 3;
}
