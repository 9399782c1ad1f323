/*
 * exec_shim - the floor for guard's shell mode: a static program that does
 * nothing but exec the real shell with the same argv and environment.  The
 * bench runs it beside guard, so the ratio of guard as bash to bash can be
 * read against what any exec in front of bash costs.  REAL_SHELL is set
 * when it is built (bench/run.sh).
 */
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
	(void)argc;
	execve(REAL_SHELL, argv, environ);
	return 127;
}
