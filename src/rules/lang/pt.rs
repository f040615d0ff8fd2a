//! Portuguese chrome phrases (Brazil and Portugal).
//!
//! Wording follows the conventions of Brazilian and Portuguese news sites
//! (national dailies, portals, news magazines): "Assine", "Continue lendo",
//! "Leia também", "Foto: Divulgação", "Marcelo Camargo/Agência Brasil",
//! "Por Ana Souza", "Continua após a publicidade", "Todos os direitos reservados".

use super::LangPhrase;

pub(crate) const PHRASES: &[LangPhrase] = &[
    LangPhrase {
        code: "P101",
        pattern: concat!(
            r"^(assine|assine já|assine agora|quero assinar|seja (um |uma )?assinante|torne-se (um |uma )?assinante|faça (sua|a sua) assinatura)(?:[\s\p{P}\p{S}]|$)",
            r"|^(assinar|assinatura|assinaturas)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Assine",
            "Assine já",
            "Seja assinante",
            "Assine a Folha por R$ 1,90",
        ],
        misses: &[
            "Assinar o acordo foi um erro, disse o ministro.",
            "Assinaturas falsas foram encontradas.",
        ],
    },
    LangPhrase {
        code: "P102",
        pattern: concat!(
            r"r\$\s?\d+([.,]\d\d)?\s?/\s?(mês|semana|ano)",
            r"|(?:^|[\s\p{P}\p{S}])r\$\s?\d+([.,]\d\d)? (no|nos) primeiros? (mês|meses|\d+ meses)(?:[\s\p{P}\p{S}]|$)",
            r"|\d+([.,]\d\d)?\s?€\s?(/|por|ao)\s?(mês|semana|ano)",
            r"|(?:^|[\s\p{P}\p{S}])cancele quando quiser(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])acesso ilimitado (a|ao|aos|às) (todo o |todos os )?(conteúdos?|notícias|reportagens|matérias)(?:[\s\p{P}\p{S}]|$)",
            r"|^acesso ilimitado(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Por R$ 1,90 no primeiro mês. Cancele quando quiser.",
            "R$ 9,90/mês",
            "Acesso ilimitado a todo o conteúdo",
        ],
        misses: &[
            "O acesso ilimitado à internet é um direito.",
            "O salário médio é de R$ 3.000 por mês no estado.",
        ],
    },
    LangPhrase {
        code: "P103",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(apoie|ajude|contribua com) (o )?(nosso |nossa )?(jornalismo|redação|trabalho)(?:[\s\p{P}\p{S}]|$)",
            r"|^(faça uma doação|doe( agora)?|doar|apoie|contribua|seja apoiador|seja um apoiador|apoiar)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])faça (uma|sua) (doação|contribuição)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])seja (um |uma )?(apoiador|apoiadora)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Apoie o jornalismo independente",
            "Faça uma doação",
            "Seja um apoiador",
        ],
        misses: &[
            "Apoie-se no corrimão, pediu o guia.",
            "O governo decidiu apoiar o jornalismo local com verbas.",
        ],
    },
    LangPhrase {
        code: "P201",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])newsletters?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])boletim (diário|semanal|informativo|de notícias)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])nossos? boletins?(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Receba a newsletter", "Assine nosso boletim diário"],
        misses: &["O boletim médico foi divulgado na manhã de hoje."],
    },
    LangPhrase {
        code: "P202",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(digite|informe|insira|cadastre|coloque|deixe|introduza) (o )?(seu|teu) (melhor )?(e-?mail|endereço)(?:[\s\p{P}\p{S}]|$)",
            r"|^(seu|o seu|teu|o teu) (melhor )?e-?mail[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(na|em) sua caixa de (entrada|e-?mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])no seu e-?mail(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Digite seu e-mail",
            "Seu melhor e-mail",
            "Receba as principais notícias na sua caixa de entrada.",
        ],
        misses: &[
            "Digite sua senha, pediu o golpista.",
            "Seu e-mail foi invadido, disse a polícia ao empresário.",
        ],
    },
    LangPhrase {
        code: "P203",
        pattern: r"^(cadastrar|cadastre-se|inscrever|inscreva-se|enviar|quero receber|subscrever)[\s\p{P}\p{S}]*$",
        matches: &["Cadastre-se", "Inscreva-se", "Quero receber"],
        misses: &[
            "Cadastrar os eleitores levou meses.",
            "Enviar tropas seria um erro, disse ele.",
        ],
    },
    LangPhrase {
        code: "P301",
        pattern: concat!(
            r"^(continue|continuar) (lendo|a ler)([\s\p{P}\p{S}]*$|\s+(esta|este|a|o)\s+(matéria|notícia|reportagem|artigo)(?:[\s\p{P}\p{S}]|$)|\s+(grátis|com)(?:[\s\p{P}\p{S}]|$))",
            r"|(?:^|[\s\p{P}\p{S}])(ler|leia) (a )?(matéria|reportagem|notícia) completa(?:[\s\p{P}\p{S}]|$)",
            r"|^(leia mais|leia na íntegra|ver matéria completa|ver notícia completa|ler mais)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Continue lendo",
            "Continuar a ler",
            "Leia a matéria completa",
            "Leia mais",
        ],
        misses: &[
            "Continue lendo os jornais todos os dias, aconselhou o professor.",
            "Ela continua lendo o processo.",
        ],
    },
    LangPhrase {
        code: "P302",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])já é assinante(?:[\s\p{P}\p{S}]|$)",
            r"|^já (é|sou) (assinante|cadastrad[oa])",
            r"|(?:^|[\s\p{P}\p{S}])já é cadastrad[oa]\s?\?",
            r"|(?:^|[\s\p{P}\p{S}])(faça|fazer) login para(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(entre|acesse) (com sua conta|para continuar|para ler)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])cadastre-se (grátis|gratuitamente|para)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])crie (uma|sua) conta(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Já é assinante? Faça login",
            "Cadastre-se grátis para continuar lendo",
            "Faça login para ler",
        ],
        misses: &[
            "O imóvel já é cadastrado na prefeitura.",
            "O atacante já é membro da seleção desde 2019.",
        ],
    },
    LangPhrase {
        code: "P303",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(exclusivo|exclusiva|conteúdo exclusivo|só|somente|apenas) (para|de|a) assinantes(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])para assinantes[\s\p{P}\p{S}]*$",
            r"|^(exclusivo|conteúdo exclusivo)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])você atingiu o limite(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Conteúdo exclusivo para assinantes",
            "Exclusivo",
            "Você atingiu o limite de reportagens gratuitas",
        ],
        misses: &[
            "Exclusivo: o ministro vai renunciar.",
            "Os assinantes da TV a cabo reclamam dos preços.",
        ],
    },
    LangPhrase {
        code: "P305",
        pattern: r"^(entrar|entre|login|fazer login|faça login|sair|minha conta|meu perfil|acessar|acesse|iniciar sessão)[\s\p{P}\p{S}]*$",
        matches: &["Entrar", "Minha conta", "Iniciar sessão"],
        misses: &[
            "Sair da crise levará anos.",
            "Entrar na Otan é prioridade para o país.",
        ],
    },
    LangPhrase {
        code: "P401",
        pattern: concat!(
            r"^[\s\p{P}\p{S}]{0,3}(foto|fotos|imagem|ilustração|vídeo|infografia|fonte|créditos?|crédito da (foto|imagem))\s*(:|©)",
            r"|(?:^|[\s\p{P}\p{S}])(foto|imagem) (de arquivo|divulgação|reprodução|ilustrativa)(?:[\s\p{P}\p{S}]|$)",
            r"|^(reprodução|divulgação|arquivo pessoal)\s*(/\s*\S.*)?$",
        ),
        matches: &[
            "Foto: Divulgação",
            "Reprodução/Instagram",
            "Imagem ilustrativa",
            "Fonte: IBGE",
        ],
        misses: &[
            "A foto viralizou nas redes sociais.",
            "Divulgação dos resultados ficou para segunda.",
        ],
    },
    LangPhrase {
        code: "P402",
        pattern: concat!(
            r"/\s?(agência brasil|folhapress|estadão conteúdo|agência o globo|reuters|afp|ap|lusa|efe|getty images)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(agência brasil|folhapress|lusa|afp|ap|reuters|efe|estadão)\s?/",
            r"|^[\s\p{P}\p{S}]*(agência brasil|folhapress|lusa|estadão conteúdo|agência o globo|afp)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])folhapress(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Marcelo Camargo/Agência Brasil",
            "Folhapress",
            "Lusa",
            "Fabio Rodrigues-Pozzebom/Agência Brasil",
        ],
        misses: &[
            "A informação é da Agência Brasil.",
            "Segundo a Lusa, o incêndio foi controlado.",
        ],
    },
    LangPhrase {
        code: "P403",
        pattern: concat!(
            r"\((foto|fotos|imagem|crédito)\s*:[^)]{0,80}\)\s*$",
            r"|\s(foto|imagem)\s*:\s*[^.]{1,80}$",
            r"|\s[-–—|]\s*(reprodução|divulgação)(\s*/\s*[^.]{1,40})?\s*$",
        ),
        matches: &[
            "O presidente durante cerimônia em Brasília (Foto: Agência Brasil)",
            "Cena do filme - Divulgação",
        ],
        misses: &["Na foto, ele aparece sorrindo."],
    },
    LangPhrase {
        code: "P501",
        pattern: concat!(
            r"^por\s+(?-i:\p{Lu})[\p{L}'’.-]+(\s+((da|de|do|dos|das|e)\s+)*(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(\s*$|\s*[,|/•]|\s+e\s)",
            r"|^(autor|autora|texto|redação)\s*:\s*(?-i:\p{Lu})",
        ),
        matches: &[
            "Por Ana Souza",
            "Por João da Silva e Maria Santos",
            "Por Pedro Alves, de Brasília",
        ],
        misses: &[
            "Por Deus, não faça isso!",
            "Por outro lado, o governo anunciou novas medidas.",
        ],
    },
    LangPhrase {
        code: "P502",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])tempo de leitura\s*:?\s*(\d|aprox|cerca)",
            r"|(?:^|[\s\p{P}\p{S}])\d+\s?min(utos?|\.)?\s+de leitura[\s\p{P}\p{S}]*$",
            r"|^leitura\s*:?\s*\d+\s?min",
        ),
        matches: &["Tempo de leitura: 3 min", "4 minutos de leitura"],
        misses: &[
            "Tempo de leitura é essencial na escola.",
            "O tempo de leitura dos jovens caiu, diz estudo.",
        ],
    },
    LangPhrase {
        code: "P503",
        pattern: concat!(
            r"^(publicado|atualizado|actualizado|modificado)( em| às| a)?\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
            r"|^(publicado|atualizado|actualizado) há \d",
            r"|^\d{1,2}/\d{1,2}/\d{4}\s*(-|às|,)?\s*(\d{1,2}h\d{0,2}|\d{1,2}:\d\d)?[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Publicado em 04/03/2024 às 10h00",
            "Atualizado há 2 horas",
            "04/03/2024 10h15",
        ],
        misses: &[
            "Atualizado há pouco, o boletim trouxe novos casos.",
            "Publicado em 1899, o livro de Machado de Assis é um clássico.",
        ],
    },
    LangPhrase {
        code: "P601",
        pattern: concat!(
            r"^(compartilhar|compartilhe|partilhar|partilhe|imprimir|copiar link|copiar o link|link copiado|salvar|enviar por e-?mail)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])(compartilhar|compartilhe|partilhar) (no|na|via|por) (facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])compartilhe (esta|essa) (notícia|matéria|reportagem)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["Compartilhar", "Compartilhar no WhatsApp", "Copiar link"],
        misses: &[
            "Salvar vidas é a prioridade.",
            "Compartilhar senhas é arriscado, alertam especialistas.",
        ],
    },
    LangPhrase {
        code: "P602",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])siga-nos(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])sigam-nos(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])siga (o|a) ([\p{L}\d]+ ){1,3}(no|nas|na) (twitter|x|facebook|instagram|redes sociais|google news|whatsapp|telegram|threads|bluesky)(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])siga (a gente|nosso canal)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Siga-nos no Instagram",
            "Siga o g1 no WhatsApp",
            "Siga nosso canal no WhatsApp",
        ],
        misses: &[
            "Siga em frente, disse o policial.",
            "Siga o dinheiro, disse o procurador.",
        ],
    },
    LangPhrase {
        code: "P701",
        pattern: concat!(
            r"^(início|página inicial|home|menu|buscar|busca|pesquisar|fechar|voltar( ao topo| ao início)?|ir para o conteúdo( principal)?|pular para o conteúdo|próxima|próximo|anterior|ver mais|mais|editorias|seções|você está aqui|página \d+( de \d+)?)[\s\p{P}\p{S}]*$",
            r"|^(início|home|página inicial)\s*[>›»/|]",
        ),
        matches: &["Página inicial", "Início > Política", "Voltar ao topo"],
        misses: &[
            "Anterior ao acordo, houve tensões.",
            "Início das obras está previsto para março.",
        ],
    },
    LangPhrase {
        code: "P702",
        pattern: concat!(
            r"^(leia também|veja também|saiba mais|notícias relacionadas|matérias relacionadas|conteúdo relacionado|você (também )?pode gostar|pode (te|lhe) interessar|leia a seguir|recomendad[ao]s para você)(?:[\s\p{P}\p{S}]|$)",
            r"|^(leia|veja) mais\s*:",
            r"|^(mais lidas?|mais lidos|mais vistas?|relacionad[ao]s|recomendad[ao]s|últimas notícias|em alta|mais notícias|outras notícias|veja mais|destaques)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Leia também: Governo anuncia novo pacote",
            "Leia mais: Dólar fecha em alta",
            "Mais lidas",
            "Saiba mais",
        ],
        misses: &[
            "Em alta, o dólar fechou a R$ 5,10.",
            "Veja mais de perto como funciona o sistema.",
        ],
    },
    LangPhrase {
        code: "P801",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])(utiliza|utilizamos|usa|usamos|uso de|utilização de) cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(aceitar|recusar|rejeitar|gerir|gerenciar|configurar) (os |todos os )?cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])política de cookies(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(definições|configurações|preferências) de cookies(?:[\s\p{P}\p{S}]|$)",
            r"|^(aceitar( tudo| todos)?|aceito|rejeitar( tudo| todos)?|recusar|concordo|ok,? entendi)[\s\p{P}\p{S}]*$",
        ),
        matches: &[
            "Utilizamos cookies para melhorar a sua experiência.",
            "Aceitar todos",
            "Configurações de cookies",
        ],
        misses: &[
            "Concordo plenamente com o ministro, disse ele.",
            "O governo decidiu aceitar a proposta dos sindicatos.",
        ],
    },
    LangPhrase {
        code: "P802",
        pattern: concat!(
            r"^(publicidade|anúncio|patrocinado|conteúdo patrocinado|conteúdo de marca|informe publicitário|publieditorial|pub)[\s\p{P}\p{S}]*$",
            r"|^(patrocinado|oferecido|apresentado) por(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])continua (depois|após) (da|a) publicidade(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(a )?(matéria|reportagem|notícia) continua (após|depois)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "Publicidade",
            "CONTINUA DEPOIS DA PUBLICIDADE",
            "Continua após a publicidade",
            "Conteúdo patrocinado",
        ],
        misses: &[
            "Publicidade infantil será regulada, diz ministro.",
            "O anúncio do governo surpreendeu.",
        ],
    },
    LangPhrase {
        code: "P901",
        pattern: concat!(
            r"(?:^|[\s\p{P}\p{S}])todos os direitos reservados(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])(é )?proibida a reprodução(?:[\s\p{P}\p{S}]|$)",
            r"|^(termos de uso|política de privacidade|expediente|aviso legal|termos e condições)[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])links? de afiliados?(?:[\s\p{P}\p{S}]|$)",
            r"|(?:^|[\s\p{P}\p{S}])podemos receber (uma )?comissão(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &[
            "© 2024 Grupo Globo. Todos os direitos reservados.",
            "Termos de uso",
            "É proibida a reprodução deste conteúdo",
        ],
        misses: &[
            "Termos de uso do aplicativo mudaram.",
            "A política de privacidade do aplicativo foi criticada.",
        ],
    },
    LangPhrase {
        code: "P902",
        pattern: concat!(
            r"^\d+\s+(comentários?|respostas?)(?:[\s\p{P}\p{S}]|$)",
            r"|^(comentários?|comentar|responder|denunciar)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|^(ver|ler|mostrar|carregar|deixe|deixar|escreva|faça|adicionar|publicar) (um |seu |o seu |os |mais |todos os |\d+ )?(comentários?|respostas?)(\s*\(\d+\))?[\s\p{P}\p{S}]*$",
            r"|(?:^|[\s\p{P}\p{S}])os comentários (estão )?(fechados|desativados|encerrados)(?:[\s\p{P}\p{S}]|$)",
        ),
        matches: &["12 comentários", "Comentários (3)", "Deixe seu comentário"],
        misses: &[
            "Deixar comentários ofensivos é crime, diz a polícia.",
            "Comentários do ministro irritaram a oposição.",
        ],
    },
    LangPhrase {
        code: "P905",
        pattern: r"coment[aá]rios?[^.]{0,100}(moderador|modera[cç][aã]o|ser[aã]o (aprovados|removidos|exclu[ií]dos))",
        matches: &[
            "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
        ],
        misses: &["Os comentários do ministro foram moderados pela imprensa."],
    },
];
