	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
~	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
#	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
#	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
K	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
`	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
H	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
K	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
K	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
Q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
Q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
H	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
`	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
F	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
F	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
@	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
~	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
G	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
@	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
1	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
`	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
\	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
F	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
G	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
G	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
<	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
X	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
Y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
F	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
$	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
Q	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
B	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
K	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
?	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
T	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
P	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
O	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
+	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
:	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
.	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
/	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
0	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
S	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
I	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
G	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
D	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
E	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
C	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
W	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
M	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
R	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
A	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
Y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
k	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
[	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
b	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
|	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
]	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
'	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
N	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
U	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
L	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
h	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
&	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
y	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
{	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
,	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
z	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
i	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
f	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
!	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
x	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
_	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
o	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
m	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
(	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
p	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
)	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
v	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
l	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
-	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
>	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
c	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
"	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
*	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
g	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
=	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
a	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
s	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
		if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
e	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
t	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
u	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
r	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
n	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
 	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
w	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
d	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
;	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
}	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}

	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
