//! `--query`: a JMESPath subset, enough for the queries people actually paste:
//! `Reservations[].Instances[].InstanceId`, `Reservations[*].Instances[*].[InstanceId,State.Name]`,
//! `Volumes[?State=='available'].VolumeId`, `Images[0].{Id:ImageId,Name:Name}`,
//! `length(Reservations[].Instances[])`, `... | [0]`, literals `'text'` and `` `json` ``.
//! Parsed with binding powers as in the JMESPath specification (a Pratt parser).

use std::borrow::Cow;

use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Dot,
    Star,
    LBracket,
    RBracket,
    Flatten,
    Filter,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Cmp(&'static str),
    Number(i64),
    Literal(Value),
    At,
    Eof,
}

fn lex(text: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            ' ' | '\t' | '\n' => i += 1,
            '.' => {
                out.push(Tok::Dot);
                i += 1;
            }
            '*' => {
                out.push(Tok::Star);
                i += 1;
            }
            '[' if next == Some(']') => {
                out.push(Tok::Flatten);
                i += 2;
            }
            '[' if next == Some('?') => {
                out.push(Tok::Filter);
                i += 2;
            }
            '[' => {
                out.push(Tok::LBracket);
                i += 1;
            }
            ']' => {
                out.push(Tok::RBracket);
                i += 1;
            }
            '{' => {
                out.push(Tok::LBrace);
                i += 1;
            }
            '}' => {
                out.push(Tok::RBrace);
                i += 1;
            }
            '(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            ')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            ':' => {
                out.push(Tok::Colon);
                i += 1;
            }
            '@' => {
                out.push(Tok::At);
                i += 1;
            }
            '|' if next == Some('|') => {
                out.push(Tok::Or);
                i += 2;
            }
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            '&' if next == Some('&') => {
                out.push(Tok::And);
                i += 2;
            }
            '!' if next == Some('=') => {
                out.push(Tok::Cmp("!="));
                i += 2;
            }
            '!' => {
                out.push(Tok::Not);
                i += 1;
            }
            '=' if next == Some('=') => {
                out.push(Tok::Cmp("=="));
                i += 2;
            }
            '<' | '>' => {
                let op = match (c, next) {
                    ('<', Some('=')) => "<=",
                    ('>', Some('=')) => ">=",
                    ('<', _) => "<",
                    _ => ">",
                };
                i += op.len();
                out.push(Tok::Cmp(op));
            }
            '\'' => {
                let start = i + 1;
                let mut j = start;
                let mut s = String::new();
                while j < chars.len() && chars[j] != '\'' {
                    if chars[j] == '\\' && chars.get(j + 1) == Some(&'\'') {
                        j += 1;
                    }
                    s.push(chars[j]);
                    j += 1;
                }
                if j >= chars.len() {
                    return Err("unterminated raw string literal".to_string());
                }
                out.push(Tok::Literal(Value::String(s)));
                i = j + 1;
            }
            '`' => {
                let start = i + 1;
                let end = chars[start..]
                    .iter()
                    .position(|&c| c == '`')
                    .ok_or("unterminated JSON literal")?;
                let text: String = chars[start..start + end].iter().collect();
                let v = serde_json::from_str(&text)
                    .unwrap_or_else(|_| Value::String(text.trim().to_string()));
                out.push(Tok::Literal(v));
                i = start + end + 1;
            }
            '"' => {
                let start = i + 1;
                let end = chars[start..]
                    .iter()
                    .position(|&c| c == '"')
                    .ok_or("unterminated quoted identifier")?;
                out.push(Tok::Ident(chars[start..start + end].iter().collect()));
                i = start + end + 1;
            }
            c if c == '-' || c.is_ascii_digit() => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                // jmespath's lexer: a '-' not followed by a digit is an unknown token.
                if text == "-" {
                    return Err("Unknown token '-'".to_string());
                }
                out.push(Tok::Number(
                    text.parse()
                        .map_err(|_| format!("invalid number '{text}' (too large)"))?,
                ));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(chars[start..i].iter().collect()));
            }
            other => return Err(format!("Unknown token '{other}'")),
        }
    }
    out.push(Tok::Eof);
    Ok(out)
}

#[derive(Debug, Clone, PartialEq)]
enum Ast {
    Identity,
    Field(String),
    Sub(Box<Ast>, Box<Ast>),
    Index(i64),
    Projection(Box<Ast>, Box<Ast>),
    ValuesProjection(Box<Ast>, Box<Ast>),
    Flatten(Box<Ast>),
    Filter(Box<Ast>, Box<Ast>, Box<Ast>),
    List(Vec<Ast>),
    Hash(Vec<(String, Ast)>),
    Pipe(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    Cmp(&'static str, Box<Ast>, Box<Ast>),
    Literal(Value),
    Call(String, Vec<Ast>),
}

fn bp(t: &Tok) -> u8 {
    match t {
        Tok::Pipe => 1,
        Tok::Or => 2,
        Tok::And => 3,
        Tok::Cmp(_) => 5,
        Tok::Flatten => 9,
        Tok::Star => 20,
        Tok::Filter => 21,
        Tok::Dot => 40,
        Tok::Not => 45,
        Tok::LBrace => 50,
        Tok::LBracket => 55,
        Tok::LParen => 60,
        _ => 0,
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).unwrap_or(&Tok::Eof)
    }
    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }
    fn expect(&mut self, t: Tok) -> Result<(), String> {
        let got = self.next();
        if got == t {
            Ok(())
        } else {
            Err(format!("expected {t:?}, found {got:?}"))
        }
    }

    fn expression(&mut self, rbp: u8) -> Result<Ast, String> {
        let tok = self.next();
        let mut left = self.nud(tok)?;
        while rbp < bp(self.peek()) {
            let tok = self.next();
            left = self.led(tok, left)?;
        }
        Ok(left)
    }

    fn nud(&mut self, tok: Tok) -> Result<Ast, String> {
        match tok {
            Tok::Literal(v) => Ok(Ast::Literal(v)),
            Tok::Ident(name) => {
                if *self.peek() == Tok::LParen {
                    self.next();
                    let mut args = Vec::new();
                    while *self.peek() != Tok::RParen {
                        args.push(self.expression(0)?);
                        if *self.peek() == Tok::Comma {
                            self.next();
                        }
                    }
                    self.expect(Tok::RParen)?;
                    return Ok(Ast::Call(name, args));
                }
                Ok(Ast::Field(name))
            }
            Tok::At => Ok(Ast::Identity),
            Tok::Star => {
                let rhs = self.projection_rhs(20)?;
                Ok(Ast::ValuesProjection(
                    Box::new(Ast::Identity),
                    Box::new(rhs),
                ))
            }
            Tok::Flatten => {
                let rhs = self.projection_rhs(9)?;
                Ok(Ast::Projection(
                    Box::new(Ast::Flatten(Box::new(Ast::Identity))),
                    Box::new(rhs),
                ))
            }
            Tok::Filter => self.filter(Ast::Identity),
            Tok::LBracket => self.bracket(Ast::Identity),
            Tok::LBrace => self.hash(),
            Tok::Not => Ok(Ast::Not(Box::new(self.expression(45)?))),
            Tok::LParen => {
                let e = self.expression(0)?;
                self.expect(Tok::RParen)?;
                Ok(e)
            }
            other => Err(format!("unexpected {other:?}")),
        }
    }

    fn led(&mut self, tok: Tok, left: Ast) -> Result<Ast, String> {
        match tok {
            Tok::Dot => {
                if *self.peek() == Tok::Star {
                    self.next();
                    let rhs = self.projection_rhs(20)?;
                    return Ok(Ast::ValuesProjection(Box::new(left), Box::new(rhs)));
                }
                let rhs = self.dot_rhs(40)?;
                Ok(Ast::Sub(Box::new(left), Box::new(rhs)))
            }
            Tok::Pipe => Ok(Ast::Pipe(Box::new(left), Box::new(self.expression(1)?))),
            Tok::Or => Ok(Ast::Or(Box::new(left), Box::new(self.expression(2)?))),
            Tok::And => Ok(Ast::And(Box::new(left), Box::new(self.expression(3)?))),
            Tok::Cmp(op) => Ok(Ast::Cmp(op, Box::new(left), Box::new(self.expression(5)?))),
            Tok::Flatten => {
                let rhs = self.projection_rhs(9)?;
                Ok(Ast::Projection(
                    Box::new(Ast::Flatten(Box::new(left))),
                    Box::new(rhs),
                ))
            }
            Tok::Filter => self.filter(left),
            Tok::LBracket => self.bracket(left),
            other => Err(format!("unexpected {other:?}")),
        }
    }

    /// After `[`: an index, `*` (projection) or a multi-select list.
    fn bracket(&mut self, left: Ast) -> Result<Ast, String> {
        match self.peek().clone() {
            Tok::Number(n) => {
                self.next();
                self.expect(Tok::RBracket)?;
                Ok(match left {
                    Ast::Identity => Ast::Index(n),
                    l => Ast::Sub(Box::new(l), Box::new(Ast::Index(n))),
                })
            }
            Tok::Star if self.toks.get(self.pos + 1) == Some(&Tok::RBracket) => {
                self.pos += 2;
                let rhs = self.projection_rhs(20)?;
                Ok(Ast::Projection(Box::new(left), Box::new(rhs)))
            }
            _ => {
                let list = self.list_items()?;
                Ok(match left {
                    Ast::Identity => list,
                    l => Ast::Sub(Box::new(l), Box::new(list)),
                })
            }
        }
    }

    fn list_items(&mut self) -> Result<Ast, String> {
        let mut items = vec![self.expression(0)?];
        while *self.peek() == Tok::Comma {
            self.next();
            items.push(self.expression(0)?);
        }
        self.expect(Tok::RBracket)?;
        Ok(Ast::List(items))
    }

    fn hash(&mut self) -> Result<Ast, String> {
        let mut pairs = Vec::new();
        loop {
            let Tok::Ident(key) = self.next() else {
                return Err("expected a key in {…}".to_string());
            };
            self.expect(Tok::Colon)?;
            pairs.push((key, self.expression(0)?));
            match self.next() {
                Tok::Comma => continue,
                Tok::RBrace => break,
                other => return Err(format!("expected ',' or '}}', found {other:?}")),
            }
        }
        Ok(Ast::Hash(pairs))
    }

    fn filter(&mut self, left: Ast) -> Result<Ast, String> {
        let condition = self.expression(0)?;
        self.expect(Tok::RBracket)?;
        let rhs = self.projection_rhs(21)?;
        Ok(Ast::Filter(
            Box::new(left),
            Box::new(condition),
            Box::new(rhs),
        ))
    }

    fn dot_rhs(&mut self, rbp: u8) -> Result<Ast, String> {
        match self.peek().clone() {
            Tok::Ident(_) => self.expression(rbp),
            Tok::LBracket => {
                self.next();
                self.list_items()
            }
            Tok::LBrace => {
                self.next();
                self.hash()
            }
            other => Err(format!("unexpected {other:?} after '.'")),
        }
    }

    fn projection_rhs(&mut self, rbp: u8) -> Result<Ast, String> {
        let t = self.peek().clone();
        if bp(&t) < 10 {
            return Ok(Ast::Identity);
        }
        match t {
            Tok::LBracket | Tok::Filter | Tok::Flatten => self.expression(rbp),
            Tok::Dot => {
                self.next();
                self.dot_rhs(rbp)
            }
            other => Err(format!("unexpected {other:?} in a projection")),
        }
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// Evaluates without copying what it only passes through: a field of the input is borrowed,
/// only projected results are built (so `length(Reservations[].Instances[])` over 1,000
/// instances does not copy every instance several times).
fn eval<'a>(ast: &Ast, v: &'a Value) -> Cow<'a, Value> {
    fn owned<'a>(x: Value) -> Cow<'a, Value> {
        Cow::Owned(x)
    }
    /// Applies `f` to a borrowed-or-owned intermediate, keeping borrows when possible.
    fn then<'a>(base: Cow<'a, Value>, ast: &Ast) -> Cow<'a, Value> {
        match base {
            Cow::Borrowed(x) => eval(ast, x),
            Cow::Owned(x) => owned(eval(ast, &x).into_owned()),
        }
    }
    /// The elements a projection walks over (borrowed when the base is borrowed).
    fn project<'a>(base: Cow<'a, Value>, f: impl Fn(&Value) -> Option<Value>) -> Cow<'a, Value> {
        match base.as_ref() {
            Value::Array(items) => owned(Value::Array(items.iter().filter_map(&f).collect())),
            _ => owned(Value::Null),
        }
    }
    match ast {
        Ast::Identity => Cow::Borrowed(v),
        Ast::Field(name) => v
            .get(name)
            .map_or_else(|| owned(Value::Null), Cow::Borrowed),
        Ast::Sub(a, b) => then(eval(a, v), b),
        Ast::Index(i) => match v {
            Value::Array(items) => {
                let idx = if *i < 0 { items.len() as i64 + i } else { *i };
                usize::try_from(idx)
                    .ok()
                    .and_then(|k| items.get(k))
                    .map_or_else(|| owned(Value::Null), Cow::Borrowed)
            }
            _ => owned(Value::Null),
        },
        Ast::Projection(a, b) => project(eval(a, v), |e| {
            Some(eval(b, e).into_owned()).filter(|r| !r.is_null())
        }),
        Ast::ValuesProjection(a, b) => match eval(a, v).as_ref() {
            Value::Object(map) => owned(Value::Array(
                map.values()
                    .map(|e| eval(b, e).into_owned())
                    .filter(|r| !r.is_null())
                    .collect(),
            )),
            _ => owned(Value::Null),
        },
        Ast::Flatten(a) => match eval(a, v).as_ref() {
            Value::Array(items) => owned(Value::Array(
                items
                    .iter()
                    .flat_map(|e| match e {
                        Value::Array(inner) => inner.clone(),
                        other => vec![other.clone()],
                    })
                    .collect(),
            )),
            _ => owned(Value::Null),
        },
        Ast::Filter(a, cond, b) => project(eval(a, v), |e| {
            truthy(&eval(cond, e))
                .then(|| eval(b, e).into_owned())
                .filter(|r| !r.is_null())
        }),
        Ast::List(items) => {
            if v.is_null() {
                owned(Value::Null)
            } else {
                owned(Value::Array(
                    items.iter().map(|i| eval(i, v).into_owned()).collect(),
                ))
            }
        }
        Ast::Hash(pairs) => {
            if v.is_null() {
                owned(Value::Null)
            } else {
                let mut m = Map::new();
                for (k, e) in pairs {
                    m.insert(k.clone(), eval(e, v).into_owned());
                }
                owned(Value::Object(m))
            }
        }
        Ast::Pipe(a, b) => then(eval(a, v), b),
        Ast::Or(a, b) => {
            let l = eval(a, v);
            if truthy(&l) {
                l
            } else {
                eval(b, v)
            }
        }
        Ast::And(a, b) => {
            let l = eval(a, v);
            if truthy(&l) {
                eval(b, v)
            } else {
                l
            }
        }
        Ast::Not(a) => owned(Value::Bool(!truthy(&eval(a, v)))),
        Ast::Cmp(op, a, b) => {
            let (l, r) = (eval(a, v), eval(b, v));
            let result = match *op {
                "==" => Some(l == r),
                "!=" => Some(l != r),
                _ => match (l.as_f64(), r.as_f64()) {
                    (Some(x), Some(y)) => Some(match *op {
                        "<" => x < y,
                        "<=" => x <= y,
                        ">" => x > y,
                        _ => x >= y,
                    }),
                    _ => None,
                },
            };
            owned(result.map_or(Value::Null, Value::Bool))
        }
        Ast::Literal(l) => owned(l.clone()),
        Ast::Call(name, args) => owned(call(
            name,
            &args.iter().map(|a| eval(a, v)).collect::<Vec<_>>(),
        )),
    }
}

fn call(name: &str, args: &[Cow<'_, Value>]) -> Value {
    // Only `length` looks at its argument without needing a copy; the rest are small.
    if name == "length" {
        return match args.first().map(|a| a.as_ref()) {
            Some(Value::Array(a)) => a.len().into(),
            Some(Value::Object(o)) => o.len().into(),
            Some(Value::String(s)) => s.chars().count().into(),
            _ => Value::Null,
        };
    }
    let args: Vec<Value> = args.iter().map(|a| a.as_ref().clone()).collect();
    let first = args.first().cloned().unwrap_or(Value::Null);
    match name {
        "keys" => match &first {
            Value::Object(o) => Value::Array(o.keys().map(|k| Value::String(k.clone())).collect()),
            _ => Value::Null,
        },
        "values" => match &first {
            Value::Object(o) => Value::Array(o.values().cloned().collect()),
            _ => Value::Null,
        },
        "sort" => match first {
            Value::Array(mut a) => {
                crate::sorting::sort_by(&mut a, |x, y| match (x.as_f64(), y.as_f64()) {
                    (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(std::cmp::Ordering::Equal),
                    _ => x.to_string().cmp(&y.to_string()),
                });
                Value::Array(a)
            }
            _ => Value::Null,
        },
        "reverse" => match first {
            Value::Array(mut a) => {
                a.reverse();
                Value::Array(a)
            }
            _ => Value::Null,
        },
        "contains" => match (&first, args.get(1)) {
            (Value::Array(a), Some(x)) => Value::Bool(a.contains(x)),
            (Value::String(s), Some(Value::String(x))) => Value::Bool(s.contains(x.as_str())),
            _ => Value::Null,
        },
        "starts_with" => match (&first, args.get(1)) {
            (Value::String(s), Some(Value::String(x))) => Value::Bool(s.starts_with(x.as_str())),
            _ => Value::Null,
        },
        "join" => match (&first, args.get(1)) {
            (Value::String(sep), Some(Value::Array(items))) => Value::String(
                items
                    .iter()
                    .filter_map(|i| i.as_str())
                    .collect::<Vec<_>>()
                    .join(sep),
            ),
            _ => Value::Null,
        },
        "to_string" => match first {
            Value::String(s) => Value::String(s),
            other => Value::String(other.to_string()),
        },
        "sum" => match &first {
            Value::Array(a) => {
                serde_json::Number::from_f64(a.iter().filter_map(Value::as_f64).sum())
                    .map_or(Value::Null, Value::Number)
            }
            _ => Value::Null,
        },
        "max" | "min" => match &first {
            Value::Array(a) => {
                let nums = a.iter().filter_map(Value::as_f64);
                let r = if name == "max" {
                    nums.reduce(f64::max)
                } else {
                    nums.reduce(f64::min)
                };
                r.and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

/// A parsed `--query` expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Query(Ast);

impl Query {
    pub fn parse(text: &str) -> Result<Query, String> {
        let toks = lex(text)?;
        let mut p = Parser { toks, pos: 0 };
        let ast = p.expression(0)?;
        if *p.peek() != Tok::Eof {
            return Err(format!("unexpected {:?}", p.peek()));
        }
        Ok(Query(ast))
    }

    pub fn apply(&self, value: &Value) -> Value {
        eval(&self.0, value).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(expr: &str, v: &Value) -> Value {
        Query::parse(expr).unwrap().apply(v)
    }

    #[test]
    fn the_queries_people_paste() {
        let v = json!({"Reservations": [
            {"Instances": [{"InstanceId": "i-1", "State": {"Name": "running"}, "Tags": [{"Key": "Name", "Value": "web"}]},
                           {"InstanceId": "i-2", "State": {"Name": "stopped"}}]},
            {"Instances": [{"InstanceId": "i-3", "State": {"Name": "running"}}]}
        ]});
        assert_eq!(
            q("Reservations[].Instances[].InstanceId", &v),
            json!(["i-1", "i-2", "i-3"])
        );
        assert_eq!(
            q("Reservations[*].Instances[*].InstanceId", &v),
            json!([["i-1", "i-2"], ["i-3"]])
        );
        assert_eq!(
            q("Reservations[].Instances[].[InstanceId,State.Name]", &v),
            json!([["i-1", "running"], ["i-2", "stopped"], ["i-3", "running"]])
        );
        assert_eq!(
            q(
                "Reservations[].Instances[?State.Name=='running'].InstanceId",
                &v
            ),
            json!([["i-1"], ["i-3"]])
        );
        assert_eq!(
            q(
                "Reservations[].Instances[] | [?State.Name=='running'].InstanceId",
                &v
            ),
            json!(["i-1", "i-3"])
        );
        assert_eq!(
            q("Reservations[0].Instances[1].InstanceId", &v),
            json!("i-2")
        );
        assert_eq!(
            q(
                "Reservations[-1].Instances[0].{Id:InstanceId,S:State.Name}",
                &v
            ),
            json!({"Id": "i-3", "S": "running"})
        );
        assert_eq!(q("length(Reservations[].Instances[])", &v), json!(3));
        assert_eq!(
            q(
                "Reservations[].Instances[].Tags[?Key=='Name'].Value | []",
                &v
            ),
            json!(["web"])
        );
        assert_eq!(q("Nope.Nothing", &v), Value::Null);
        assert_eq!(
            q("Reservations[].Instances[0].InstanceId | [0]", &v),
            json!("i-1")
        );
        assert!(Query::parse("Reservations[").is_err());
        assert!(Query::parse("a.'").is_err());
        assert!(Query::parse("a ^ b").is_err());
    }
}
