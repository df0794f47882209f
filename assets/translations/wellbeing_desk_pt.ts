<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>ActionRow</name>
        <message>
            <source>Something small and kind, or practical</source>
            <translation>Algo pequeno e gentil, ou prático</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>Ação {number}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Give action {number} a date</source>
            <translation>Dar uma data à ação {number}</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Date for action {number}</source>
            <translation>Data da ação {number}</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Remove action {number}</source>
            <translation>Remover a ação {number}</translation>
        </message>
    </context>
    <context>
        <name>ActionsInput</name>
        <message>
            <source>Add an &amp;action</source>
            <translation>A&amp;dicionar uma ação</translation>
        </message>
        <message>
            <source>Add another action</source>
            <translation>Adicionar outra ação</translation>
        </message>
        <message>
            <source>Actions with a date show on your Today page when they are due.</source>
            <translation>As ações com data aparecem na sua página Hoje quando chega o dia.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTable</name>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>After doing it</source>
            <translation>Depois de fazer</translation>
        </message>
        <message>
            <source>After other days</source>
            <translation>Depois de outros dias</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Até agora</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Uma atividade que você removeu</translation>
        </message>
        <message>
            <source>No days yet</source>
            <translation>Ainda não há dias</translation>
        </message>
        <message numerus="yes">
            <source>{value} (%n days)</source>
            <translation>
                <numerusform>{value} (%n dia)</numerusform>
                <numerusform>{value} (%n dias)</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}
too few days to say</source>
            <translation>{figure}
poucos dias para saber</translation>
        </message>
        <message>
            <source>Lower stress the next day</source>
            <translation>Menos estresse no dia seguinte</translation>
        </message>
        <message>
            <source>Higher stress the next day</source>
            <translation>Mais estresse no dia seguinte</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Mais ou menos igual</translation>
        </message>
        <message>
            <source>Too few days to say</source>
            <translation>Poucos dias para saber</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Adicionar um membro</translation>
        </message>
        <message>
            <source>Their member key</source>
            <translation>Chave de membro da pessoa</translation>
        </message>
        <message>
            <source>Their name in the team</source>
            <translation>Nome da pessoa na equipe</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Avançar</translation>
        </message>
        <message>
            <source>Next: compare the fingerprint</source>
            <translation>Avançar: comparar a impressão digital</translation>
        </message>
        <message>
            <source>Their member &amp;key</source>
            <translation>&amp;Chave de membro da pessoa</translation>
        </message>
        <message>
            <source>Paste the key they sent you from “Your member key…”.</source>
            <translation>Cole a chave que a pessoa enviou a partir de “Sua chave de membro…”.</translation>
        </message>
        <message>
            <source>Their na&amp;me in the team</source>
            <translation>&amp;Nome da pessoa na equipe</translation>
        </message>
        <message>
            <source>Paste their member key and type their name first.</source>
            <translation>Primeiro cole a chave de membro da pessoa e digite o nome dela.</translation>
        </message>
        <message>
            <source>That key is already in the team, as {name}.</source>
            <translation>Essa chave já está na equipe, como {name}.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Wellbeing Desk is already running with this vault.</source>
            <translation>O Wellbeing Desk já está aberto com este cofre.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your vault is safe. If this keeps happening, lock Wellbeing Desk and start it again.</source>
            <translation>Aconteceu algo inesperado. Seu cofre está seguro. Se isso voltar a acontecer, bloqueie o Wellbeing Desk e abra-o de novo.</translation>
        </message>
    </context>
    <context>
        <name>BackupNotice</name>
        <message>
            <source>Backing up…</source>
            <translation>Fazendo a cópia…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Fazer uma cópia agora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fazer uma cópia agora</translation>
        </message>
        <message>
            <source>Open backup settings</source>
            <translation>Abrir as configurações de cópia</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Back up automatically</source>
            <translation>Cópia automática</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desativada</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Uma vez por dia</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Uma vez por semana</translation>
        </message>
        <message>
            <source>An automatic backup is made after you unlock, at most one a day.</source>
            <translation>A cópia automática é feita depois de desbloquear, no máximo uma por dia.</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Cópias a manter</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Pasta das cópias</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Escolher…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Escolher a pasta das cópias</translation>
        </message>
        <message>
            <source>Beside the vault folder unless you choose another. A USB stick is a good choice: a backup on another drive survives a lost or broken computer.</source>
            <translation>Ao lado da pasta do cofre, a não ser que você escolha outra. Um pen drive USB é uma boa opção: uma cópia em outra unidade sobrevive a um computador perdido ou quebrado.</translation>
        </message>
        <message>
            <source>Back &amp;up now</source>
            <translation>Fazer uma cópia a&amp;gora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fazer uma cópia agora</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Fazendo a cópia…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cópias de segurança</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Escolha uma pasta para as cópias</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the backup folder is not there (is the USB stick plugged in?)</source>
            <translation>a pasta das cópias não está disponível (o pen drive USB está conectado?)</translation>
        </message>
        <message>
            <source>there is not enough room in the backup folder</source>
            <translation>não há espaço suficiente na pasta das cópias</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to the backup folder</source>
            <translation>o Wellbeing Desk não tem permissão para gravar na pasta das cópias</translation>
        </message>
        <message>
            <source>the backup folder is inside the vault folder; choose another one</source>
            <translation>a pasta das cópias está dentro da pasta do cofre; escolha outra</translation>
        </message>
        <message>
            <source>the backup did not read back correctly (the drive may be failing)</source>
            <translation>a cópia não foi lida corretamente ao conferir (a unidade pode estar com defeito)</translation>
        </message>
        <message>
            <source>something went wrong while writing it</source>
            <translation>algo deu errado ao gravar</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Try again with “Back up now”.</source>
            <translation>A última cópia falhou: {reason}. Tente de novo com “Fazer uma cópia agora”.</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. It will be tried again the next time you unlock.</source>
            <translation>A última cópia falhou: {reason}. Ela será tentada de novo na próxima vez que você desbloquear.</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Ainda não foi feita nenhuma cópia.</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Última cópia: {when}</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Your vault itself is fine.</source>
            <translation>A última cópia falhou: {reason}. O seu cofre em si está bem.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Type the passphrase the vault had when the backup was made.</source>
            <translation>Essa frase secreta não abre esta cópia. Digite a frase secreta que o cofre tinha quando a cópia foi feita.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Wellbeing Desk. Update the app to restore it. Nothing was changed.</source>
            <translation>Esta cópia foi feita por uma versão mais nova do Wellbeing Desk. Atualize o aplicativo para restaurá-la. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This file is not a Wellbeing Desk backup, or it is damaged. Nothing was changed.</source>
            <translation>Este arquivo não é uma cópia do Wellbeing Desk, ou está danificado. Nada foi alterado.</translation>
        </message>
        <message>
            <source>That folder holds other files. Choose an empty folder or make a new one. Nothing was changed.</source>
            <translation>Essa pasta contém outros arquivos. Escolha uma pasta vazia ou crie uma nova. Nada foi alterado.</translation>
        </message>
        <message>
            <source>There is not enough room on the disk to restore this backup. Free some space and try again. Nothing was changed.</source>
            <translation>Não há espaço suficiente no disco para restaurar esta cópia. Libere algum espaço e tente de novo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The backup file could not be found. Choose it again. Nothing was changed.</source>
            <translation>O arquivo da cópia não foi encontrado. Escolha-o de novo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to that folder. Choose another one. Nothing was changed.</source>
            <translation>O Wellbeing Desk não tem permissão para gravar nessa pasta. Escolha outra. Nada foi alterado.</translation>
        </message>
    </context>
    <context>
        <name>BreathingCircle</name>
        <message>
            <source>Breathing circle</source>
            <translation>Círculo de respiração</translation>
        </message>
        <message>
            <source>A circle that grows while you breathe in and shrinks while you breathe out.</source>
            <translation>Um círculo que cresce enquanto você inspira e diminui enquanto você expira.</translation>
        </message>
    </context>
    <context>
        <name>BreathingPage</name>
        <message>
            <source>Breathing pace</source>
            <translation>Ritmo da respiração</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Follow the marked step and the count. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Siga o passo marcado e a contagem. Deixe os ombros caírem. Se um ritmo parecer difícil, escolha um mais suave. Se sentir tontura ou a cabeça leve, pare e respire normalmente. Se prestar atenção na respiração fizer você se sentir pior, experimente o exercício dos sentidos 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Inspire enquanto o círculo cresce e expire enquanto ele diminui. Deixe os ombros caírem. Se um ritmo parecer difícil, escolha um mais suave. Se sentir tontura ou a cabeça leve, pare e respire normalmente. Se prestar atenção na respiração fizer você se sentir pior, experimente o exercício dos sentidos 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Press Start when you are ready.</source>
            <translation>Clique em Começar quando quiser.</translation>
        </message>
        <message>
            <source>That was four rounds, enough to begin with. Breathe normally, or continue if you like.</source>
            <translation>Foram quatro ciclos, o suficiente para começar. Respire normalmente, ou continue se quiser.</translation>
        </message>
        <message>
            <source>Paused. Continue whenever you like.</source>
            <translation>Em pausa. Continue quando quiser.</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <source>Pause the breathing guide</source>
            <translation>Pausar o guia de respiração</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Continue the breathing guide</source>
            <translation>Continuar o guia de respiração</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>C&amp;omeçar</translation>
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation>Começar o guia de respiração</translation>
        </message>
        <message>
            <source>Breathe in… {seconds}</source>
            <translation>Inspire… {seconds}</translation>
        </message>
        <message>
            <source>Breathe out… {seconds}</source>
            <translation>Expire… {seconds}</translation>
        </message>
        <message>
            <source>Rest… {seconds}</source>
            <translation>Espere sem inspirar… {seconds}</translation>
        </message>
        <message>
            <source>Hold… {seconds}</source>
            <translation>Segure… {seconds}</translation>
        </message>
        <message>
            <source>Gentle 4-6</source>
            <translation>Suave 4-6</translation>
        </message>
        <message>
            <source>Slower out-breath 4-2-6</source>
            <translation>Expiração mais lenta 4-2-6</translation>
        </message>
        <message>
            <source>Box breathing 4-4-4-4</source>
            <translation>Respiração quadrada 4-4-4-4</translation>
        </message>
        <message>
            <source>Relaxing breath 4-7-8</source>
            <translation>Respiração relaxante 4-7-8</translation>
        </message>
        <message>
            <source>In for 4 seconds, out for 6. An easy place to start.</source>
            <translation>Inspire por 4 segundos e expire por 6. Um jeito simples de começar.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 2, out for 6. A long out-breath helps your body slow down.</source>
            <translation>Inspire por 4 segundos, segure o ar por 2 e expire por 6. Uma expiração longa ajuda o corpo a desacelerar.</translation>
        </message>
        <message>
            <source>In, hold, out, hold: 4 seconds each. Steady and even.</source>
            <translation>Inspire, segure, expire, segure: 4 segundos cada. Um ritmo estável e regular.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 7, out for 8. Four rounds are enough to begin; if the hold feels too long or you feel light-headed, choose a gentler pace.</source>
            <translation>Inspire por 4 segundos, segure o ar por 7 e expire por 8. Para começar, quatro ciclos bastam; se segurar o ar parecer longo demais ou você sentir tontura, escolha um ritmo mais suave.</translation>
        </message>
    </context>
    <context>
        <name>BreathingSteps</name>
        <message numerus="yes">
            <source>Breathe in for %n seconds</source>
            <translation>
                <numerusform>Inspire por %n segundo</numerusform>
                <numerusform>Inspire por %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathe out for %n seconds</source>
            <translation>
                <numerusform>Expire por %n segundo</numerusform>
                <numerusform>Expire por %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rest for %n seconds</source>
            <translation>
                <numerusform>Espere sem inspirar por %n segundo</numerusform>
                <numerusform>Espere sem inspirar por %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold for %n seconds</source>
            <translation>
                <numerusform>Segure o ar por %n segundo</numerusform>
                <numerusform>Segure o ar por %n segundos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BroughtBackPane</name>
        <message>
            <source>This was deleted on one of your devices while it was being changed on another, so it was kept. Keep it, or move it to the trash? From the trash you can still restore it.</source>
            <translation>Isto foi apagado em um dos seus dispositivos enquanto era alterado em outro, por isso foi mantido. Manter ou mover para a lixeira? Da lixeira ainda é possível restaurar.</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>O que diz</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Nada escrito aqui.</translation>
        </message>
        <message>
            <source>Keep &amp;it</source>
            <translation>&amp;Manter</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>&amp;Move to the trash</source>
            <translation>Mover para a &amp;lixeira</translation>
        </message>
        <message>
            <source>Move it to the trash, where you can still restore it</source>
            <translation>Mover para a lixeira, de onde ainda é possível restaurar</translation>
        </message>
        <message>
            <source>What it &amp;says</source>
            <translation>O que &amp;diz</translation>
        </message>
    </context>
    <context>
        <name>CareItems</name>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimento</translation>
        </message>
        <message>
            <source>Time with people I trust</source>
            <translation>Tempo com quem confio</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Natureza</translation>
        </message>
        <message>
            <source>Creative work</source>
            <translation>Trabalho criativo</translation>
        </message>
        <message>
            <source>Spiritual practice</source>
            <translation>Prática espiritual</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Apoio psicológico</translation>
        </message>
        <message>
            <source>Time off / a boundary kept</source>
            <translation>Tempo livre / um limite respeitado</translation>
        </message>
        <message>
            <source>A proper meal</source>
            <translation>Uma boa refeição</translation>
        </message>
        <message>
            <source>Trouble sleeping</source>
            <translation>Dificuldade para dormir</translation>
        </message>
        <message>
            <source>Irritability</source>
            <translation>Irritabilidade</translation>
        </message>
        <message>
            <source>Feeling numb</source>
            <translation>Não sentir nada</translation>
        </message>
        <message>
            <source>Withdrawing from people</source>
            <translation>Afastar-me das pessoas</translation>
        </message>
        <message>
            <source>Exhaustion</source>
            <translation>Esgotamento</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>Sempre em alerta</translation>
        </message>
        <message>
            <source>Nightmares or unwanted memories</source>
            <translation>Pesadelos ou lembranças que voltam sem querer</translation>
        </message>
        <message>
            <source>Hopelessness or cynicism</source>
            <translation>Desesperança ou cinismo</translation>
        </message>
        <message>
            <source>Drinking more than usual</source>
            <translation>Beber mais do que o normal</translation>
        </message>
        <message>
            <source>Body aches</source>
            <translation>Dores no corpo</translation>
        </message>
        <message>
            <source>Not being able to stop working</source>
            <translation>Não conseguir parar de trabalhar</translation>
        </message>
        <message>
            <source>Peer-support circle</source>
            <translation>Círculo de apoio entre pares</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Sessão de apoio psicológico</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Reunião de equipe</translation>
        </message>
        <message>
            <source>Retreat or safe space</source>
            <translation>Retiro ou espaço seguro</translation>
        </message>
        <message>
            <source>Online dialogue</source>
            <translation>Diálogo on-line</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
    </context>
    <context>
        <name>CareListEditor</name>
        <message>
            <source>activities</source>
            <translation>atividades</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>sinais de alerta</translation>
        </message>
        <message>
            <source>Your {things}</source>
            <translation>Sua lista de {things}</translation>
        </message>
        <message>
            <source>Rename the chosen item</source>
            <translation>Renomear o item escolhido</translation>
        </message>
        <message>
            <source>Move the chosen item up</source>
            <translation>Subir o item escolhido</translation>
        </message>
        <message>
            <source>Move the chosen item down</source>
            <translation>Descer o item escolhido</translation>
        </message>
        <message>
            <source>Hide the chosen item</source>
            <translation>Ocultar o item escolhido</translation>
        </message>
        <message>
            <source>Show the chosen item again</source>
            <translation>Mostrar de novo o item escolhido</translation>
        </message>
        <message>
            <source>A new name</source>
            <translation>Um nome novo</translation>
        </message>
        <message>
            <source>Name of a new item</source>
            <translation>Nome de um item novo</translation>
        </message>
        <message>
            <source>Add the new item</source>
            <translation>Adicionar o item novo</translation>
        </message>
        <message>
            <source>Hidden from the check-in and the editor</source>
            <translation>Oculto no registro do dia e no editor</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renomear</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Descer</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>&amp;Ocultar</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Adicionar</translation>
        </message>
        <message>
            <source>{name} (hidden)</source>
            <translation>{name} (oculto)</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Mostrar</translation>
        </message>
    </context>
    <context>
        <name>CareListsDialog</name>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>O que me ajuda</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>My lists</source>
            <translation>Minhas listas</translation>
        </message>
        <message>
            <source>These are the choices in your check-in and your entries. Hiding an item keeps it in the entries that already have it.</source>
            <translation>Estas são as opções do seu registro do dia e dos seus registros. Ocultar um item o mantém nos registros que já o têm.</translation>
        </message>
        <message>
            <source>Close my lists</source>
            <translation>Fechar minhas listas</translation>
        </message>
    </context>
    <context>
        <name>CarersList</name>
        <message>
            <source>Who would look after them</source>
            <translation>Quem cuidaria delas</translation>
        </message>
        <message>
            <source>Add someone to look after &amp;them…</source>
            <translation>Adicionar alguém para &amp;cuidar delas…</translation>
        </message>
        <message>
            <source>Link someone from the director&amp;y…</source>
            <translation>&amp;Vincular alguém do diretório…</translation>
        </message>
        <message>
            <source>Take off this l&amp;ist</source>
            <translation>Tirar des&amp;ta lista</translation>
        </message>
        <message>
            <source>{name} is off this list (still in your directory).</source>
            <translation>{name} saiu desta lista (continua no seu diretório).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Put {name} back on this list</source>
            <translation>Colocar {name} de volta nesta lista</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Nenhum número salvo</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Alterar a frase secreta</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase secreta atual</translation>
        </message>
        <message>
            <source>Changing your passphrase… this takes a moment.</source>
            <translation>Alterando a sua frase secreta… isso leva um momento.</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Alterar a frase secreta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your vault is encrypted again under the new passphrase. A recovery code, if you have one, keeps working. Backups made before still open with the passphrase they had.</source>
            <translation>Seu cofre é cifrado de novo com a nova frase secreta. Se você tem um código de recuperação, ele continua funcionando. As cópias de segurança feitas antes continuam abrindo com a frase secreta que tinham.</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Primeiro digite a sua frase secreta atual.</translation>
        </message>
    </context>
    <context>
        <name>ChartImageSaver</name>
        <message>
            <source>Save the charts as an image?</source>
            <translation>Salvar os gráficos como imagem?</translation>
        </message>
        <message>
            <source>The image will not be encrypted. Anyone who can open the file can see your stress and mood over time. Save it only where you trust, and delete it when you no longer need it.

Save the image?</source>
            <translation>A imagem não será cifrada. Qualquer pessoa que consiga abrir o arquivo verá o seu estresse e o seu humor ao longo do tempo. Salve apenas em um lugar de confiança e apague quando não precisar mais.

Salvar a imagem?</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Salvar os gráficos como imagem</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <source>The image was not saved</source>
            <translation>A imagem não foi salva</translation>
        </message>
        <message>
            <source>The image could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>Não foi possível salvar a imagem e nada foi gravado. Verifique se a pasta existe e se você tem permissão para gravar nela, e tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Check in</source>
            <translation>Registro do dia</translation>
        </message>
        <message>
            <source>Every part is optional. Enter saves.</source>
            <translation>Tudo é opcional. Enter salva.</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>O que fiz por mim</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Editar minhas listas…</translation>
        </message>
        <message>
            <source>Edit my list of activities</source>
            <translation>Editar minha lista de atividades</translation>
        </message>
        <message>
            <source>One line, if you like</source>
            <translation>Uma linha, se quiser</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>Uma linha sobre hoje</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;Salvar registro</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Salvar o registro do dia</translation>
        </message>
        <message>
            <source>What did you do for yourself?</source>
            <translation>O que você fez para se cuidar?</translation>
        </message>
        <message>
            <source>How stressed do you feel right now?</source>
            <translation>Quanto estresse você sente agora?</translation>
        </message>
        <message>
            <source>How is your mood?</source>
            <translation>Como está o seu humor?</translation>
        </message>
        <message>
            <source>Choose a number, an activity or write a line first.</source>
            <translation>Primeiro escolha um número, uma atividade ou escreva uma linha.</translation>
        </message>
        <message>
            <source>Saved again at {time}.</source>
            <translation>Salvo de novo às {time}.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>The check-in could not be saved. {reason}</source>
            <translation>Não foi possível salvar o registro. {reason}</translation>
        </message>
    </context>
    <context>
        <name>CodeCard</name>
        <message>
            <source>Your pairing code</source>
            <translation>Seu código de pareamento</translation>
        </message>
        <message>
            <source>Write this down or print it, and keep it safe: anyone with this code and the folder can read what you sync. You can see it again later in Sync, after your passphrase.</source>
            <translation>Anote ou imprima e guarde em um lugar seguro: qualquer pessoa com este código e a pasta pode ler o que você sincroniza. Você pode vê-lo de novo mais tarde em Sincronização, depois de digitar a sua frase secreta.</translation>
        </message>
        <message>
            <source>On your other device, open Sync, choose “Join another device’s sync”, pick the same folder and type this code.</source>
            <translation>No seu outro dispositivo, abra Sincronização, escolha “Entrar na sincronização de outro dispositivo”, selecione a mesma pasta e digite este código.</translation>
        </message>
        <message>
            <source>Cop&amp;y the code</source>
            <translation>Cop&amp;iar o código</translation>
        </message>
        <message>
            <source>Copy the pairing code</source>
            <translation>Copiar o código de pareamento</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Pronto</translation>
        </message>
        <message>
            <source>Done: hide the pairing code</source>
            <translation>Pronto: ocultar o código de pareamento</translation>
        </message>
        <message>
            <source>Pairing code: {code}</source>
            <translation>Código de pareamento: {code}</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copiado. A área de transferência será esvaziada em %n segundo.</numerusform>
                <numerusform>Copiado. A área de transferência será esvaziada em %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsDialog</name>
        <message>
            <source>What many people feel afterwards</source>
            <translation>O que muitas pessoas sentem depois</translation>
        </message>
        <message>
            <source>After something frightening or very hard, most people notice changes in themselves in the days and weeks that follow. These are common reactions to something that should not have happened. They do not mean that something is wrong with you.</source>
            <translation>Depois de algo assustador ou muito difícil, a maioria das pessoas percebe mudanças em si nos dias e nas semanas seguintes. São reações comuns a algo que não deveria ter acontecido. Não significam que há algo errado com você.</translation>
        </message>
        <message>
            <source>What many people notice</source>
            <translation>O que muitas pessoas percebem</translation>
        </message>
        <message>
            <source>Trouble sleeping, or waking often</source>
            <translation>Dificuldade para dormir, ou acordar com frequência</translation>
        </message>
        <message>
            <source>Startling easily, or feeling on edge</source>
            <translation>Assustar-se com facilidade, ou ficar em alerta</translation>
        </message>
        <message>
            <source>Getting irritable or angry more quickly</source>
            <translation>Irritar-se ou ficar com raiva mais rápido</translation>
        </message>
        <message>
            <source>Feeling numb, flat or far away</source>
            <translation>Não sentir nada, ou sentir tudo distante</translation>
        </message>
        <message>
            <source>Feeling guilty, or blaming yourself</source>
            <translation>Sentir culpa, ou se culpar</translation>
        </message>
        <message>
            <source>Feeling tired, even after rest</source>
            <translation>Cansaço, mesmo depois de descansar</translation>
        </message>
        <message>
            <source>Trouble concentrating or remembering things</source>
            <translation>Dificuldade para se concentrar ou para lembrar das coisas</translation>
        </message>
        <message>
            <source>Not everyone feels all of these, and some people feel very little; that is common too. For most people they ease little by little over the following weeks. Some days will be harder than others.</source>
            <translation>Nem todo mundo sente tudo isso, e algumas pessoas sentem muito pouco; isso também é comum. Para a maioria das pessoas, isso vai passando aos poucos nas semanas seguintes. Alguns dias serão mais difíceis que outros.</translation>
        </message>
        <message>
            <source>What often helps</source>
            <translation>O que costuma ajudar</translation>
        </message>
        <message>
            <source>Rest, even when sleep does not come easily</source>
            <translation>Descansar, mesmo quando o sono não vem fácil</translation>
        </message>
        <message>
            <source>A simple routine: meals, water, a little movement</source>
            <translation>Uma rotina simples: refeições, água, um pouco de movimento</translation>
        </message>
        <message>
            <source>Time with people you trust. You do not have to talk about what happened.</source>
            <translation>Tempo com pessoas de confiança. Você não precisa falar sobre o que aconteceu.</translation>
        </message>
        <message>
            <source>Grounding when it gets too much: slow breathing, or noticing what is around you</source>
            <translation>Ancoragem quando fica demais: respirar devagar, ou prestar atenção ao que está ao seu redor</translation>
        </message>
        <message>
            <source>Breaks from the news and from work, and going easy on alcohol</source>
            <translation>Pausas das notícias e do trabalho, e moderar o álcool</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Exercícios de respiração e de ancoragem (Ctrl+G)</translation>
        </message>
        <message>
            <source>When talking with someone trained is worth it</source>
            <translation>Quando vale a pena conversar com alguém com formação</translation>
        </message>
        <message>
            <source>A counsellor, a doctor or another trained person you trust can help, and asking for that is a way of looking after yourself. It is worth it if:</source>
            <translation>Uma pessoa de apoio psicológico, da área da saúde ou outra pessoa com formação em quem você confia pode ajudar, e pedir isso é uma forma de cuidar de si. Vale a pena se:</translation>
        </message>
        <message>
            <source>these reactions are still strong after a few weeks, or getting worse</source>
            <translation>essas reações continuam fortes depois de algumas semanas, ou pioram</translation>
        </message>
        <message>
            <source>you cannot work, or cannot look after yourself or the people who depend on you</source>
            <translation>você não consegue trabalhar, ou cuidar de si ou das pessoas que dependem de você</translation>
        </message>
        <message>
            <source>you are drinking or using more than usual to get through the day</source>
            <translation>você está bebendo ou usando mais do que o normal para aguentar o dia</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Se você está pensando em se machucar, por favor fale agora com uma das suas pessoas de confiança ou com uma linha de crise local.</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>&amp;Falar com alguém</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Falar com alguém agora</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support (Ctrl+R)</source>
            <translation>As suas pessoas de confiança para uma emergência e, depois, apoio (Ctrl+R)</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Fechar esta página</translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsLink</name>
        <message>
            <source>&amp;What many people feel afterwards</source>
            <translation>O que &amp;muitas pessoas sentem depois</translation>
        </message>
        <message>
            <source>Read what many people feel in the days and weeks after something hard</source>
            <translation>Ler o que muitas pessoas sentem nos dias e nas semanas depois de algo difícil</translation>
        </message>
        <message>
            <source>Read: what many people feel &amp;afterwards</source>
            <translation>&amp;Ler: o que muitas pessoas sentem depois</translation>
        </message>
    </context>
    <context>
        <name>ConfirmAddDialog</name>
        <message>
            <source>Add {name}?</source>
            <translation>Adicionar {name}?</translation>
        </message>
        <message>
            <source>Ask {name} to read you the fingerprint of her member key. Add her only if every group matches.</source>
            <translation>Peça a {name} que leia para você a impressão digital da chave de membro. Adicione só se todos os grupos coincidirem.</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Impressão digital: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Add to the team</source>
            <translation>&amp;Adicionar à equipe</translation>
        </message>
        <message>
            <source>Add {name} to the team</source>
            <translation>Adicionar {name} à equipe</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>Confirme com a sua frase secreta</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Contact type</source>
            <translation>Tipo de contato</translation>
        </message>
        <message>
            <source>Phone number, address or handle</source>
            <translation>Número de telefone, endereço ou nome de usuário</translation>
        </message>
        <message>
            <source>Number, address or handle</source>
            <translation>Número, endereço ou usuário</translation>
        </message>
        <message>
            <source>Contact label</source>
            <translation>Rótulo do contato</translation>
        </message>
        <message>
            <source>Label, e.g. 24-hour line</source>
            <translation>Rótulo, p. ex. linha 24 horas</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;mover</translation>
        </message>
        <message>
            <source>Remove this contact method</source>
            <translation>Remover esta forma de contato</translation>
        </message>
    </context>
    <context>
        <name>ContactsInput</name>
        <message>
            <source>Search your directory</source>
            <translation>Buscar no seu diretório</translation>
        </message>
        <message>
            <source>Search your directory for people to add</source>
            <translation>Buscar no seu diretório quem adicionar</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Limpar a busca</translation>
        </message>
        <message>
            <source>People and organisations in your directory; Enter adds one</source>
            <translation>Pessoas e organizações do seu diretório; Enter adiciona uma</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dicionar</translation>
        </message>
        <message>
            <source>Add the one chosen in the list</source>
            <translation>Adicionar a opção escolhida na lista</translation>
        </message>
        <message>
            <source>Or type any name</source>
            <translation>Ou digite qualquer nome</translation>
        </message>
        <message>
            <source>A name to add</source>
            <translation>Um nome para adicionar</translation>
        </message>
        <message>
            <source>Add na&amp;me</source>
            <translation>Adicionar &amp;nome</translation>
        </message>
        <message>
            <source>Add the name you typed</source>
            <translation>Adicionar o nome que você digitou</translation>
        </message>
        <message>
            <source>From your directory</source>
            <translation>Do seu diretório</translation>
        </message>
        <message>
            <source>You chose:</source>
            <translation>Você escolheu:</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>Você ainda não escolheu ninguém.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Remover {name}</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>Crie o seu cofre</translation>
        </message>
        <message>
            <source>Everything you keep in Wellbeing Desk is encrypted with one passphrase. Choose a few words that only you know and can remember.</source>
            <translation>Tudo o que você guarda no Wellbeing Desk é cifrado com uma única frase secreta. Escolha algumas palavras que só você conheça e consiga lembrar.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repita a frase secreta</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>As duas frases secretas ainda não são iguais.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Esta frase secreta é fraca. Usar mesmo assim.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Usar a frase secreta fraca mesmo assim</translation>
        </message>
        <message>
            <source>Important: if you forget this passphrase, nobody can recover your vault, not even the people who make Wellbeing Desk. Keep a copy somewhere safe if you need one.</source>
            <translation>Importante: se você esquecer esta frase secreta, ninguém poderá recuperar o seu cofre, nem mesmo quem faz o Wellbeing Desk. Se precisar de uma cópia, guarde-a em um lugar seguro.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Criar cofre</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Criar cofre</translation>
        </message>
        <message>
            <source>Creating your vault… this takes a moment.</source>
            <translation>Criando o seu cofre… isso leva um momento.</translation>
        </message>
        <message>
            <source>Have a backup? &amp;Restore it…</source>
            <translation>Tem uma cópia? &amp;Restaure-a…</translation>
        </message>
        <message>
            <source>Restore a backup instead</source>
            <translation>Restaurar uma cópia de segurança em vez disso</translation>
        </message>
        <message>
            <source>Type a passphrase first.</source>
            <translation>Primeiro digite uma frase secreta.</translation>
        </message>
        <message numerus="yes">
            <source>Not created: the passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>Não foi criado: a frase secreta é curta demais. Use pelo menos %n caractere.</numerusform>
                <numerusform>Não foi criado: a frase secreta é curta demais. Use pelo menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not created yet: type the passphrase a second time, below.</source>
            <translation>Ainda não foi criado: digite a frase secreta uma segunda vez, abaixo.</translation>
        </message>
        <message>
            <source>Not created: the two passphrases are not the same yet.</source>
            <translation>Não foi criado: as duas frases secretas ainda não são iguais.</translation>
        </message>
        <message>
            <source>Not created: this passphrase is weak. Add a few more words, or tick the box below to use it anyway.</source>
            <translation>Não foi criado: esta frase secreta é fraca. Acrescente mais algumas palavras ou marque a caixa abaixo para usá-la mesmo assim.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team space</source>
            <translation>Criar um espaço de equipe</translation>
        </message>
        <message>
            <source>A team space keeps the directory entries you share with your team. You create it, then add each person with their member key.</source>
            <translation>Um espaço de equipe guarda os contatos do diretório que você compartilha com a sua equipe. Você o cria e depois adiciona cada pessoa com a chave de membro dela.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nome da equipe</translation>
        </message>
        <message>
            <source>Your name in the team</source>
            <translation>Seu nome na equipe</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>Nome da &amp;equipe</translation>
        </message>
        <message>
            <source>&amp;Your name in the team</source>
            <translation>Seu nome na e&amp;quipe</translation>
        </message>
        <message>
            <source>How the others in the team know you: they see it in the list of members.</source>
            <translation>Como as outras pessoas da equipe conhecem você: aparece na lista de membros.</translation>
        </message>
        <message>
            <source>&amp;Create the team space</source>
            <translation>&amp;Criar o espaço de equipe</translation>
        </message>
        <message>
            <source>Create the team space</source>
            <translation>Criar o espaço de equipe</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Escolha a pasta que a equipe compartilha</translation>
        </message>
    </context>
    <context>
        <name>DebriefExportDialog</name>
        <message>
            <source>Export this debrief</source>
            <translation>Exportar este balanço</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>It holds this debrief's summary: your answers and your follow-up actions. You will be asked for your passphrase before anything is written.</source>
            <translation>Contém o resumo deste balanço: as suas respostas e as suas ações de acompanhamento. A sua frase secreta será pedida antes de qualquer coisa ser gravada.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export the debrief</source>
            <translation>Exportar o balanço</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Salvar a exportação</translation>
        </message>
        <message>
            <source>Debrief: {title}</source>
            <translation>Balanço: {title}</translation>
        </message>
        <message>
            <source>Started {start} · finished {end}</source>
            <translation>Começado em {start} · concluído em {end}</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Ações de acompanhamento</translation>
        </message>
        <message>
            <source>Nothing was written down in this debrief.</source>
            <translation>Nada foi anotado neste balanço.</translation>
        </message>
    </context>
    <context>
        <name>DebriefHome</name>
        <message>
            <source>Debrief</source>
            <translation>Balanço</translation>
        </message>
        <message>
            <source>A quiet space to look after yourself after something hard: a raid, a threat, a colleague's arrest, a difficult testimony. Go at your own pace. Every question can be skipped, and you can pause at any time; what you write stays encrypted on this computer.</source>
            <translation>Um espaço tranquilo para cuidar de si depois de algo difícil: uma batida policial, uma ameaça, a detenção de alguém da sua equipe, um testemunho pesado. Vá no seu ritmo. Qualquer pergunta pode ser pulada e você pode fazer uma pausa quando quiser; o que você escreve fica cifrado neste computador.</translation>
        </message>
        <message>
            <source>This is not therapy. Only the security review asks what happened, and only the facts; you can leave those questions out or skip any question. If things feel like too much, or weeks later you still can't sleep, feel on edge or feel numb, talking with someone trained can help.</source>
            <translation>Isto não é terapia. Só a revisão de segurança pergunta o que aconteceu, e só os fatos; você pode deixar essas perguntas de fora ou pular qualquer pergunta. Se parecer demais, ou se, semanas depois, você ainda não conseguir dormir, ficar em alerta o tempo todo ou não sentir nada, conversar com alguém com formação pode ajudar.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>Ver apoio no seu &amp;diretório</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Ver apoio psicológico, cuidado com o trauma, apoio entre pares e linhas de apoio no seu diretório</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Abrir os exercícios de respiração e de ancoragem</translation>
        </message>
        <message>
            <source>Continue where you left off</source>
            <translation>Continue de onde parou</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>&amp;Gerenciar modelos…</translation>
        </message>
        <message>
            <source>Manage templates: duplicate, edit, write your own, import and export</source>
            <translation>Gerenciar modelos: duplicar, editar, escrever os seus, importar e exportar</translation>
        </message>
        <message>
            <source>Start a debrief</source>
            <translation>Começar um balanço</translation>
        </message>
        <message>
            <source>Choose the one that fits. You can stop or skip at any point.</source>
            <translation>Escolha o que melhor se encaixa. Você pode parar ou pular perguntas a qualquer momento.</translation>
        </message>
        <message>
            <source>Finished debriefs</source>
            <translation>Balanços concluídos</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash: bring them back or remove them for good</source>
            <translation>Balanços que você moveu para a lixeira: traga-os de volta ou apague-os de vez</translation>
        </message>
        <message>
            <source>Trash ({count})</source>
            <translation>Lixeira ({count})</translation>
        </message>
        <message>
            <source>Open the trash ({count})</source>
            <translation>Abrir a lixeira ({count})</translation>
        </message>
        <message>
            <source>Open the trash</source>
            <translation>Abrir a lixeira</translation>
        </message>
    </context>
    <context>
        <name>DebriefPage</name>
        <message>
            <source>Your debrief was kept when Wellbeing Desk locked.</source>
            <translation>Seu balanço foi guardado quando o Wellbeing Desk se bloqueou.</translation>
        </message>
        <message>
            <source>Continue it</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue the debrief you were in</source>
            <translation>Continuar o balanço em que você estava</translation>
        </message>
        <message>
            <source>Your debrief is kept. Continue it here whenever you like.</source>
            <translation>Seu balanço está guardado. Continue aqui quando quiser.</translation>
        </message>
        <message>
            <source>Exported to {file}. The file is not encrypted.</source>
            <translation>Exportado para {file}. O arquivo não está cifrado.</translation>
        </message>
        <message>
            <source>Debrief moved to the trash.</source>
            <translation>O balanço foi movido para a lixeira.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo: bring the debrief back</source>
            <translation>Desfazer: trazer o balanço de volta</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Trazer de volta (Ctrl+Z)</translation>
        </message>
        <message>
            <source>“{title}” is back with your debriefs.</source>
            <translation>“{title}” está de volta entre os seus balanços.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>Esvaziar a lixeira?</translation>
        </message>
        <message>
            <source>Remove every debrief in the trash for good? This cannot be undone: their answers and follow-up actions are deleted.</source>
            <translation>Apagar de vez todos os balanços da lixeira? Isso não pode ser desfeito: as respostas e as ações de acompanhamento deles serão apagadas.</translation>
        </message>
        <message>
            <source>The trash was emptied.</source>
            <translation>A lixeira foi esvaziada.</translation>
        </message>
        <message>
            <source>This debrief no longer exists.</source>
            <translation>Este balanço não existe mais.</translation>
        </message>
        <message>
            <source>This debrief could not be opened: its saved copy is damaged.</source>
            <translation>Não foi possível abrir este balanço: a cópia salva está danificada.</translation>
        </message>
    </context>
    <context>
        <name>DebriefPlanLink</name>
        <message>
            <source>&amp;Who looks after the people who depend on me…</source>
            <translation>&amp;Quem cuida das pessoas que dependem de mim…</translation>
        </message>
        <message>
            <source>Open my plan: who looks after the people who depend on me</source>
            <translation>Abrir meu plano: quem cuida das pessoas que dependem de mim</translation>
        </message>
    </context>
    <context>
        <name>DebriefRow</name>
        <message>
            <source>Finished {date}</source>
            <translation>Concluído em {date}</translation>
        </message>
        <message>
            <source>Started {date}</source>
            <translation>Começado em {date}</translation>
        </message>
        <message>
            <source>View summary</source>
            <translation>Ver o resumo</translation>
        </message>
        <message>
            <source>View the summary of “{title}”, finished {date}</source>
            <translation>Ver o resumo de “{title}”, concluído em {date}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue “{title}”, started {date}</source>
            <translation>Continuar “{title}”, começado em {date}</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mover para a lixeira</translation>
        </message>
        <message>
            <source>Move “{title}” from {date} to the trash</source>
            <translation>Mover “{title}” de {date} para a lixeira</translation>
        </message>
        <message>
            <source>distress {before} → {after}</source>
            <translation>mal-estar {before} → {after}</translation>
        </message>
        <message>
            <source>Distress {before} at the start and {after} at the end.</source>
            <translation>Mal-estar {before} no início e {after} no fim.</translation>
        </message>
        <message>
            <source>distress {before} at the start</source>
            <translation>mal-estar {before} no início</translation>
        </message>
        <message>
            <source>Distress {before} at the start.</source>
            <translation>Mal-estar {before} no início.</translation>
        </message>
    </context>
    <context>
        <name>DebriefSession</name>
        <message>
            <source>Your debrief could not be saved just now. {reason}</source>
            <translation>Não foi possível salvar o seu balanço agora. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DebriefWizard</name>
        <message>
            <source>&amp;Take a moment</source>
            <translation>&amp;Tirar um momento</translation>
        </message>
        <message>
            <source>Take a moment: a breathing or grounding exercise</source>
            <translation>Tirar um momento: um exercício de respiração ou de ancoragem</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Exercícios de respiração e de ancoragem (Ctrl+G)</translation>
        </message>
        <message>
            <source>About the event itself — only if you want to</source>
            <translation>Sobre o que aconteceu — só se você quiser</translation>
        </message>
        <message>
            <source>&amp;Pause and come back later</source>
            <translation>&amp;Pausar e voltar mais tarde</translation>
        </message>
        <message>
            <source>Pause: your debrief is kept and you can come back to it later</source>
            <translation>Pausar: o seu balanço fica guardado e você pode voltar a ele mais tarde</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Voltar</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Voltar ao passo anterior</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>P&amp;ular</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Pular este passo</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Avançar</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <source>Next (Ctrl+Enter)</source>
            <translation>Avançar (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Passo {number} de {total}</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Concluir</translation>
        </message>
        <message>
            <source>Finish and see the summary</source>
            <translation>Concluir e ver o resumo</translation>
        </message>
    </context>
    <context>
        <name>DestroyVault</name>
        <message>
            <source>Backups you made (backup files, copies of the vault folder, backup drives) still open with the passphrase they had. Destroy them too.</source>
            <translation>As cópias de segurança que você fez (arquivos de cópia, cópias da pasta do cofre, discos de cópia) continuam abrindo com a frase secreta que tinham. Destrua-as também.</translation>
        </message>
        <message>
            <source>Exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched. Delete them where you saved them.</source>
            <translation>As exportações (JSON, Markdown, CSV, vCard) não são cifradas e não são tocadas. Apague-as onde você as salvou.</translation>
        </message>
        <message>
            <source>Sync folders, the WebDAV server and your other paired devices keep their own encrypted copies. Destroy the vault on each device and empty the sync folder.</source>
            <translation>As pastas de sincronização, o servidor WebDAV e os seus outros dispositivos pareados guardam as próprias cópias cifradas. Destrua o cofre em cada dispositivo e esvazie a pasta de sincronização.</translation>
        </message>
        <message>
            <source>SSDs, USB sticks, memory cards, snapshots and cloud version history may keep old blocks. Those blocks are encrypted: without a key they are noise.</source>
            <translation>SSDs, pen drives USB, cartões de memória, snapshots e o histórico de versões na nuvem podem guardar blocos antigos. Esses blocos são cifrados: sem uma chave, são só ruído.</translation>
        </message>
        <message>
            <source>Anyone who kept a copy of this vault's folder and knows the passphrase (or a recovery code) can still open their copy.</source>
            <translation>Quem guardou uma cópia da pasta deste cofre e conhece a frase secreta (ou um código de recuperação) ainda pode abrir essa cópia.</translation>
        </message>
        <message>
            <source>The vault was destroyed: every key that opened it was overwritten, then its files were removed from this computer.</source>
            <translation>O cofre foi destruído: todas as chaves que o abriam foram sobrescritas e depois os arquivos dele foram removidos deste computador.</translation>
        </message>
        <message>
            <source>Some of the vault's files could not be overwritten or removed: {files}. Look at the folder, and remove them yourself if they are still there.</source>
            <translation>Alguns arquivos do cofre não puderam ser sobrescritos nem removidos: {files}. Verifique a pasta e, se ainda estiverem lá, remova-os manualmente.</translation>
        </message>
        <message>
            <source>Other files in the vault's folder are not part of the vault and were left as they were: {files}.</source>
            <translation>Outros arquivos na pasta do cofre não fazem parte dele e ficaram como estavam: {files}.</translation>
        </message>
        <message>
            <source>What this did not reach:</source>
            <translation>O que isto não alcançou:</translation>
        </message>
    </context>
    <context>
        <name>DestroyVaultDialog</name>
        <message>
            <source>Destroy this vault</source>
            <translation>Destruir este cofre</translation>
        </message>
        <message>
            <source>destroy</source>
            <translation>destruir</translation>
        </message>
        <message>
            <source>This destroys every key that opens this vault (your passphrase's and the recovery code's), then removes the vault's files from this computer. Nobody can open it again, you included. It cannot be undone.</source>
            <translation>Isto destrói todas as chaves que abrem este cofre (a da sua frase secreta e a do código de recuperação) e depois remove os arquivos do cofre deste computador. Ninguém poderá abri-lo de novo, nem você. Isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>What this cannot reach:</source>
            <translation>O que isto não consegue alcançar:</translation>
        </message>
        <message>
            <source>If you only need Wellbeing Desk out of sight, lock it instead (Lock and minimise): nothing is lost.</source>
            <translation>Se você só precisa tirar o Wellbeing Desk de vista, bloqueie-o (Bloquear e minimizar): nada se perde.</translation>
        </message>
        <message>
            <source>C&amp;ontinue…</source>
            <translation>C&amp;ontinuar…</translation>
        </message>
        <message>
            <source>Continue to the last step</source>
            <translation>Continuar para o último passo</translation>
        </message>
        <message>
            <source>Cancel: keep the vault</source>
            <translation>Cancelar: manter o cofre</translation>
        </message>
        <message>
            <source>Destroy this vault?</source>
            <translation>Destruir este cofre?</translation>
        </message>
        <message>
            <source>To destroy the vault, type “{word}” below and press the red button.</source>
            <translation>Para destruir o cofre, digite “{word}” abaixo e clique no botão vermelho.</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>Digite {word} para confirmar</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault</source>
            <translation>&amp;Destruir este cofre</translation>
        </message>
        <message>
            <source>Destroy this vault for good</source>
            <translation>Destruir este cofre para sempre</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Other devices</source>
            <translation>Outros dispositivos</translation>
        </message>
        <message>
            <source>Nothing received from another device yet.</source>
            <translation>Ainda não foi recebido nada de outro dispositivo.</translation>
        </message>
        <message>
            <source>{device}: last file applied {when}</source>
            <translation>{device}: último arquivo aplicado em {when}</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>&amp;Esquecer…</translation>
        </message>
        <message>
            <source>Forget device {device}</source>
            <translation>Esquecer o dispositivo {device}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDetail</name>
        <message>
            <source>Mark as a favourite (Ctrl+D)</source>
            <translation>Marcar como favorito (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>Editar este contato</translation>
        </message>
        <message>
            <source>Edit this entry (Enter in the list)</source>
            <translation>Editar este contato (Enter na lista)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Apagar</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Apagar este contato</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it (Delete)</source>
            <translation>Apagar este contato; você pode desfazer (Delete)</translation>
        </message>
        <message>
            <source>I chec&amp;ked this</source>
            <translation>Já &amp;conferi</translation>
        </message>
        <message>
            <source>I checked this entry today</source>
            <translation>Conferi este contato hoje</translation>
        </message>
        <message>
            <source>Records today as the day you checked these details yourself</source>
            <translation>Registra hoje como o dia em que você conferiu estes dados por conta própria</translation>
        </message>
        <message>
            <source>&amp;Share with a team…</source>
            <translation>Com&amp;partilhar com uma equipe…</translation>
        </message>
        <message>
            <source>Share a copy of this entry with a team</source>
            <translation>Compartilhar uma cópia deste contato com uma equipe</translation>
        </message>
        <message>
            <source>Asks first. Your own entry stays as it is; your notes are not shared</source>
            <translation>Pergunta antes. O seu contato fica como está; as suas notas não são compartilhadas</translation>
        </message>
        <message>
            <source>Keep a &amp;copy as mine</source>
            <translation>&amp;Guardar uma cópia para mim</translation>
        </message>
        <message>
            <source>Keep a copy of this team entry as mine</source>
            <translation>Guardar para mim uma cópia deste contato da equipe</translation>
        </message>
        <message>
            <source>Adds your own copy to your directory; the team's entry stays as it is</source>
            <translation>Adiciona a sua própria cópia ao seu diretório; o contato da equipe fica como está</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Como contatar</translation>
        </message>
        <message>
            <source>Notes this entry takes part in</source>
            <translation>Notas em que este contato aparece</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>A forma mais segura de contatar</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiões</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quem pode recorrer</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Com experiência com pessoas defensoras</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última conferência</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de segurança</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Minhas notas</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>The team {team}</source>
            <translation>A equipe {team}</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>Uma equipe</translation>
        </message>
        <message>
            <source>From a team. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>De uma equipe. As mudanças que você fizer aqui chegam a toda a equipe na próxima sincronização dela. As suas notas sobre ele continuam só suas.</translation>
        </message>
        <message>
            <source>From the team {team}. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>Da equipe {team}. As mudanças que você fizer aqui chegam a toda a equipe na próxima sincronização dela. As suas notas sobre ele continuam só suas.</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Aberto agora</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Fechado agora</translation>
        </message>
        <message>
            <source>The starter directory, with your changes</source>
            <translation>O diretório inicial, com as suas alterações</translation>
        </message>
        <message>
            <source>The starter directory</source>
            <translation>O diretório inicial</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Adicionado por você</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (checked {date}).</source>
            <translation>Do diretório inicial — confira antes de contar com ele (conferido em {date}).</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it.</source>
            <translation>Do diretório inicial — confira antes de contar com ele.</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (from {source}, seen {date}).</source>
            <translation>Do diretório inicial — confira antes de contar com ele (segundo {source}, visto em {date}).</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the {kind}</source>
            <translation>Copiar: {kind}</translation>
        </message>
        <message>
            <source>Copy to the clipboard; it is cleared after 30 seconds and on lock</source>
            <translation>Copiar para a área de transferência; ela é limpa após 30 segundos e ao bloquear</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>Escrever…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Write an email</source>
            <translation>Escrever um e-mail</translation>
        </message>
        <message>
            <source>Open the website</source>
            <translation>Abrir o site</translation>
        </message>
        <message>
            <source>Asks first: this goes out over the internet</source>
            <translation>Pergunta antes: isto sai pela internet</translation>
        </message>
        <message>
            <source>From {source}, seen {date}. Check before relying on it.</source>
            <translation>Segundo {source}, visto em {date}. Confira antes de contar com ele.</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>Open the note “{title}” ({date})</source>
            <translation>Abrir a nota “{title}” ({date})</translation>
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation>★ &amp;Favorito</translation>
        </message>
        <message>
            <source>☆ Mark as &amp;favourite</source>
            <translation>☆ Marcar como &amp;favorito</translation>
        </message>
        <message>
            <source>Favourite; press to unmark</source>
            <translation>Favorito; clique para desmarcar</translation>
        </message>
        <message>
            <source>Mark as a favourite</source>
            <translation>Marcar como favorito</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Language codes, e.g. es, en, pt-BR</source>
            <translation>Códigos de idioma, p. ex. es, en, pt-BR</translation>
        </message>
        <message>
            <source>Language codes separated by commas: es, en, pt-BR</source>
            <translation>Códigos de idioma separados por vírgulas: es, en, pt-BR</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiões</translation>
        </message>
        <message>
            <source>Country codes, e.g. MX, CO, or worldwide</source>
            <translation>Códigos de país, p. ex. BR, MZ, ou worldwide</translation>
        </message>
        <message>
            <source>Two-letter country codes separated by commas, or the word worldwide</source>
            <translation>Códigos de país de duas letras separados por vírgulas, ou a palavra worldwide</translation>
        </message>
        <message>
            <source>&amp;Add a contact method</source>
            <translation>&amp;Adicionar uma forma de contato</translation>
        </message>
        <message>
            <source>Add a contact method</source>
            <translation>Adicionar uma forma de contato</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>A forma mais segura de contatar</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>e.g. America/Mexico_City</source>
            <translation>p. ex. America/Sao_Paulo</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quem pode recorrer</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Com experiência com pessoas defensoras</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Conferido em</translation>
        </message>
        <message>
            <source>I know when this was last checked</source>
            <translation>Sei quando isto foi conferido pela última vez</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última conferência</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de segurança</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Minhas notas</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Salvar este contato</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Salvar (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Cancelar a edição</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>Fechar sem salvar (Escape)</translation>
        </message>
        <message>
            <source>Contact methods</source>
            <translation>Formas de contato</translation>
        </message>
        <message>
            <source>Most secure way</source>
            <translation>A forma mais segura</translation>
        </message>
        <message>
            <source>New directory entry</source>
            <translation>Novo contato do diretório</translation>
        </message>
        <message>
            <source>Edit directory entry</source>
            <translation>Editar contato do diretório</translation>
        </message>
        <message>
            <source>This text is too long to keep; please shorten it.</source>
            <translation>Este texto é longo demais para ser guardado; encurte-o, por favor.</translation>
        </message>
        <message>
            <source>A field holds an invisible control character (pasted text can carry one). Retype the field or paste it again as plain text.</source>
            <translation>Um campo contém um caractere de controle invisível (texto colado pode trazer um). Digite o campo de novo ou cole-o outra vez como texto simples.</translation>
        </message>
        <message>
            <source>Please give the entry a name.</source>
            <translation>Dê um nome ao contato, por favor.</translation>
        </message>
        <message>
            <source>Each contact method needs a number, address or handle.</source>
            <translation>Cada forma de contato precisa de um número, um endereço ou um nome de usuário.</translation>
        </message>
        <message>
            <source>Languages are written as codes such as es, en or pt-BR.</source>
            <translation>Os idiomas são escritos como códigos, por exemplo es, en ou pt-BR.</translation>
        </message>
        <message>
            <source>Regions are written as two-letter country codes such as MX, or worldwide.</source>
            <translation>As regiões são escritas como códigos de país de duas letras, por exemplo BR, ou worldwide.</translation>
        </message>
        <message>
            <source>Please check the entry: something could not be saved.</source>
            <translation>Verifique o contato: algo não pôde ser salvo.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Exportar o diretório</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it: names, numbers, addresses and your private notes. Keep it only where you trust, and delete it when it is no longer needed.</source>
            <translation>O arquivo exportado não é cifrado. Qualquer pessoa que obtiver o arquivo poderá ler tudo o que há nele: nomes, números, endereços e as suas notas privadas. Guarde-o só em um lugar de confiança e apague-o quando não for mais necessário.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato do arquivo</translation>
        </message>
        <message>
            <source>vCard, for address books (.vcf)</source>
            <translation>vCard, para agendas de contatos (.vcf)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, para planilhas (.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for other tools (.json)</source>
            <translation>JSON, tudo, para outras ferramentas (.json)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>It holds every entry of your directory (not the ones in the trash). You will be asked for your passphrase before anything is written.</source>
            <translation>Contém todos os contatos do seu diretório (não os da lixeira). A sua frase secreta será pedida antes de qualquer coisa ser gravada.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>Exportar sem cifrar?</translation>
        </message>
        <message>
            <source>The file will not be encrypted: anyone who gets it can read every entry, including your private notes. Export anyway?</source>
            <translation>O arquivo não será cifrado: qualquer pessoa que o obtiver poderá ler todos os contatos, incluindo as suas notas privadas. Exportar mesmo assim?</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Arquivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Arquivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the directory</source>
            <translation>Salvar o diretório</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFilterBar</name>
        <message>
            <source>Search names, places, languages, notes… (Ctrl+F)</source>
            <translation>Buscar nomes, lugares, idiomas, notas… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Buscar no diretório</translation>
        </message>
        <message>
            <source>Search every field as you type (Ctrl+F)</source>
            <translation>Busca em todos os campos enquanto você digita (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Limpar a busca</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Só favoritos</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>Mostrar só os favoritos</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Com experiência com pessoas defensoras</translation>
        </message>
        <message>
            <source>Show only those experienced with human rights defenders</source>
            <translation>Mostrar só quem tem experiência com pessoas defensoras de direitos humanos</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Aberto agora</translation>
        </message>
        <message>
            <source>Show only those open now</source>
            <translation>Mostrar só o que está aberto agora</translation>
        </message>
        <message>
            <source>Entries whose hours say they are open now, where they are</source>
            <translation>Contatos cujo horário indica que estão abertos agora, no fuso horário deles</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Limpar os filtros</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Qualquer categoria</translation>
        </message>
        <message>
            <source>Support and helplines</source>
            <translation>Apoio e linhas de apoio</translation>
        </message>
        <message>
            <source>Counselling, trauma care, peer support and helplines, together</source>
            <translation>Apoio psicológico, cuidado com o trauma, apoio entre pares e linhas de apoio, juntos</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Qualquer idioma</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Qualquer lugar</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListModel</name>
        <message>
            <source>favourite</source>
            <translation>favorito</translation>
        </message>
        <message>
            <source>Team · {team}</source>
            <translation>Equipe · {team}</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Linha de apoio</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Apoio psicológico</translation>
        </message>
        <message>
            <source>Trauma care</source>
            <translation>Cuidado com o trauma</translation>
        </message>
        <message>
            <source>Legal support</source>
            <translation>Apoio jurídico</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>Segurança digital</translation>
        </message>
        <message>
            <source>Physical protection</source>
            <translation>Proteção física</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Atendimento médico</translation>
        </message>
        <message>
            <source>Temporary relocation</source>
            <translation>Realocação temporária</translation>
        </message>
        <message>
            <source>Emergency funding</source>
            <translation>Fundos de emergência</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoio entre pares</translation>
        </message>
        <message>
            <source>Rest and retreats</source>
            <translation>Descanso e retiros</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Endereço postal</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabalho</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Casa</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax do trabalho</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax de casa</translation>
        </message>
        <message>
            <source>Other fax</source>
            <translation>Outro fax</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escola</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Carro</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistente</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Retorno de chamada</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Não se sabe</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratuito</translation>
        </message>
        <message>
            <source>Sliding scale</source>
            <translation>Valor conforme a renda</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Worldwide</source>
            <translation>Mundo todo</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>You have not added a counsellor or helpline you trust yet. Add one in your language, so it is here offline when you need it.</source>
            <translation>Você ainda não adicionou um serviço de apoio psicológico ou uma linha de apoio de confiança. Adicione um no seu idioma, para que esteja aqui sem internet quando você precisar.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Nada encontrado. Tente outras palavras ou limpe os filtros.</translation>
        </message>
        <message>
            <source>Your directory is empty. Add the people and organisations you can turn to with “New entry”.</source>
            <translation>Seu diretório está vazio. Adicione as pessoas e organizações a que você pode recorrer com “Novo registro”.</translation>
        </message>
        <message>
            <source>Open outside Wellbeing Desk?</source>
            <translation>Abrir fora do Wellbeing Desk?</translation>
        </message>
        <message>
            <source>This opens {address} in your browser or e-mail program. It goes out over the internet, and whoever runs it can see a visit from this connection. Open it?</source>
            <translation>Isto abre {address} no seu navegador ou programa de e-mail. Isso sai pela internet, e quem mantém o endereço pode ver uma visita vinda desta conexão. Abrir?</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Novo registro</translation>
        </message>
        <message>
            <source>Add a new directory entry</source>
            <translation>Adicionar um novo contato ao diretório</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Novo registro (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import entries from a vCard or CSV file</source>
            <translation>Importar contatos de um arquivo vCard ou CSV</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export the directory to a file</source>
            <translation>Exportar o diretório para um arquivo</translation>
        </message>
        <message>
            <source>Directory entries, by name</source>
            <translation>Contatos do diretório, por nome</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact</source>
            <translation>Enter: editar · Delete: apagar · Ctrl+D: favorito · Ctrl+C: copiar o primeiro contato</translation>
        </message>
        <message>
            <source>Choose an entry to see everything about it.</source>
            <translation>Escolha um contato para ver tudo sobre ele.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar tudo</translation>
        </message>
        <message>
            <source>Clear the search and filters to show it</source>
            <translation>Limpar a busca e os filtros para mostrá-lo</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n entries.</source>
            <translation>
                <numerusform>Mostrando os primeiros {shown} de %n contato.</numerusform>
                <numerusform>Mostrando os primeiros {shown} de %n contatos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n contato</numerusform>
                <numerusform>%n contatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n seconds.</source>
            <translation>
                <numerusform>Copiado. A área de transferência será limpa em %n segundo.</numerusform>
                <numerusform>Copiado. A área de transferência será limpa em %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Your search or filters hide it.</source>
            <translation>Salvo. A sua busca ou os seus filtros o ocultam.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>Não foi possível salvar o registro. {reason}</translation>
        </message>
        <message>
            <source>Saved: you checked it today.</source>
            <translation>Salvo: você o conferiu hoje.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Contato apagado.</translation>
        </message>
        <message>
            <source>Deleted from the team “{team}”: at the team's next sync it leaves everyone's directory.</source>
            <translation>Excluída da equipe “{team}”: na próxima sincronização da equipe, ela sai do diretório de todas as pessoas.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Desfazer: trazer o registro de volta</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Trazer de volta (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported. Your search or filters hide some of them.</source>
            <translation>
                <numerusform>%n contato importado. A sua busca ou os seus filtros o ocultam.</numerusform>
                <numerusform>%n contatos importados. A sua busca ou os seus filtros ocultam alguns deles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>%n contato importado.</numerusform>
                <numerusform>%n contatos importados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>%n contato exportado para {file}. O arquivo não está cifrado.</numerusform>
                <numerusform>%n contatos exportados para {file}. O arquivo não está cifrado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorHeader</name>
        <message>
            <source>New entry</source>
            <translation>Novo registro</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Salvar o registro</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova nota</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>Salvar a nota</translation>
        </message>
        <message>
            <source>Continuing your unsaved changes.</source>
            <translation>Continuando as suas alterações não salvas.</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Descartar alterações</translation>
        </message>
        <message>
            <source>Discard the unsaved changes</source>
            <translation>Descartar as alterações não salvas</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>Close the editor; your text stays as a draft</source>
            <translation>Fechar o editor; o seu texto fica como rascunho</translation>
        </message>
        <message>
            <source>Your text stays as a draft (Escape)</source>
            <translation>O seu texto fica como rascunho (Escape)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Salvar (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EmergencyCard</name>
        <message>
            <source>In an emergency</source>
            <translation>Em uma emergência</translation>
        </message>
        <message>
            <source>The people you would reach in a hard moment: someone you trust, your organisation's security contact, a local number you trust. They come first in Reach someone now ({keys}), even with no internet.</source>
            <translation>As pessoas que você procuraria em um momento difícil: alguém de confiança, o contato de segurança da sua organização, um número local de confiança. Elas aparecem primeiro em Falar com alguém agora ({keys}), mesmo sem internet.</translation>
        </message>
        <message>
            <source>My people for an emergency</source>
            <translation>Minhas pessoas de confiança para uma emergência</translation>
        </message>
        <message>
            <source>Add a &amp;person…</source>
            <translation>Adicionar uma &amp;pessoa…</translation>
        </message>
        <message>
            <source>Add from &amp;directory…</source>
            <translation>Adicionar do &amp;diretório…</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>&amp;Remover da lista</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>D&amp;escer</translation>
        </message>
        <message>
            <source>{name} is off your emergency list (still in your directory).</source>
            <translation>{name} saiu da sua lista de emergência (continua no seu diretório).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Put {name} back on your emergency list</source>
            <translation>Colocar {name} de volta na sua lista de emergência</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Nenhum número salvo</translation>
        </message>
    </context>
    <context>
        <name>EmergencyRoles</name>
        <message>
            <source>Someone I trust</source>
            <translation>Alguém de confiança</translation>
        </message>
        <message>
            <source>My organisation's security contact</source>
            <translation>O contato de segurança da minha organização</translation>
        </message>
        <message>
            <source>A local number I trust</source>
            <translation>Um número local de confiança</translation>
        </message>
    </context>
    <context>
        <name>EntriesPage</name>
        <message>
            <source>You have an entry you have not saved yet.</source>
            <translation>Você tem um registro que ainda não salvou.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Continuar escrevendo</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar o seu registro não salvo</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message numerus="yes">
            <source>Each tag can have at most %n characters.</source>
            <translation>
                <numerusform>Cada etiqueta pode ter no máximo %n caractere.</numerusform>
                <numerusform>Cada etiqueta pode ter no máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation>Ainda não há nada para salvar.</translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>Não foi possível guardar as suas alterações como rascunho. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>Descartar as suas alterações não salvas? Isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>Não foi possível salvar o registro. {reason}</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>Este registro não existe mais.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Novo registro</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro do dia</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Registro</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Date and time</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não registrado</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <source>Hours of sleep</source>
            <translation>Horas de sono</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>O que fiz por mim</translation>
        </message>
        <message>
            <source>Warning signs I noticed</source>
            <translation>Sinais de alerta que percebi</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Editar minhas listas…</translation>
        </message>
        <message>
            <source>Edit my lists of activities and warning signs</source>
            <translation>Editar minhas listas de atividades e sinais de alerta</translation>
        </message>
        <message>
            <source>For example: work, family</source>
            <translation>Por exemplo: trabalho, família</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por vírgulas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estresse</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Humor</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energia</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sono da noite passada</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>What is on your mind</source>
            <translation>O que está na sua cabeça</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. Markdown works here.</source>
            <translation>Escreva o quanto quiser, muito ou pouco. Aqui funciona Markdown.</translation>
        </message>
        <message>
            <source>Preview of your text</source>
            <translation>Pré-visualização do seu texto</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Pré-visualizar</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Mostrar uma pré-visualização do texto</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>Editar o &amp;texto</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Voltar a editar o texto</translation>
        </message>
    </context>
    <context>
        <name>EntryPickerDialog</name>
        <message>
            <source>Choose from your directory</source>
            <translation>Escolher do seu diretório</translation>
        </message>
        <message>
            <source>Search your directory</source>
            <translation>Buscar no seu diretório</translation>
        </message>
        <message>
            <source>Directory entries</source>
            <translation>Contatos do diretório</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Quem é para você</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Quem é</translation>
        </message>
        <message>
            <source>&amp;Add to my list</source>
            <translation>&amp;Adicionar à minha lista</translation>
        </message>
        <message>
            <source>Add to my list</source>
            <translation>Adicionar à minha lista</translation>
        </message>
        <message>
            <source>Cancel choosing from the directory</source>
            <translation>Cancelar a escolha no diretório</translation>
        </message>
    </context>
    <context>
        <name>EntryText</name>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro do dia</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Stress {value}/10</source>
            <translation>Estresse {value}/10</translation>
        </message>
        <message>
            <source>Mood {value}/5</source>
            <translation>Humor {value}/5</translation>
        </message>
        <message>
            <source>{when} — {text}</source>
            <translation>{when} — {text}</translation>
        </message>
        <message>
            <source>Stress {value} of 10</source>
            <translation>Estresse {value} de 10</translation>
        </message>
        <message>
            <source>Mood {value} of 5</source>
            <translation>Humor {value} de 5</translation>
        </message>
        <message>
            <source>What I did for myself: {names}</source>
            <translation>O que fiz por mim: {names}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase did not unlock the vault. Please check it and try again.</source>
            <translation>Essa frase secreta não desbloqueou o cofre. Confira e tente de novo.</translation>
        </message>
        <message>
            <source>This vault was saved by a newer version of Wellbeing Desk. Please update the app to open it. Nothing was changed.</source>
            <translation>Este cofre foi salvo por uma versão mais nova do Wellbeing Desk. Atualize o aplicativo para abri-lo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The vault could not be read; it may be damaged. Nothing was changed. If you have a backup, you can restore it.</source>
            <translation>Não foi possível ler o cofre; ele pode estar danificado. Nada foi alterado. Se você tiver uma cópia de segurança, pode restaurá-la.</translation>
        </message>
        <message>
            <source>This vault is read-only here (a write-protected drive or a folder you cannot change), so changes can't be saved. Nothing was lost.</source>
            <translation>Este cofre é somente leitura aqui (uma unidade protegida contra gravação ou uma pasta que você não pode alterar), por isso as alterações não podem ser salvas. Nada se perdeu.</translation>
        </message>
        <message>
            <source>The vault is in use by another Wellbeing Desk window or command. Close it and try again.</source>
            <translation>O cofre está em uso por outra janela ou comando do Wellbeing Desk. Feche-o e tente de novo.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>Não há nenhum cofre nesta pasta.</translation>
        </message>
        <message>
            <source>There is already a vault or other files in this folder. Nothing was overwritten.</source>
            <translation>Já existe um cofre ou outros arquivos nesta pasta. Nada foi sobrescrito.</translation>
        </message>
        <message>
            <source>The disk is full or refused to save. Nothing was lost. Free some space and try again.</source>
            <translation>O disco está cheio ou recusou a gravação. Nada se perdeu. Libere espaço e tente de novo.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>O cofre está bloqueado. Desbloqueie-o e tente de novo.</translation>
        </message>
        <message>
            <source>Wellbeing Desk could not read or write its folder. Check that the folder exists and that you are allowed to write to it.</source>
            <translation>O Wellbeing Desk não conseguiu ler ou gravar na sua pasta. Verifique se a pasta existe e se você tem permissão para gravar nela.</translation>
        </message>
        <message>
            <source>There was not enough memory for this. Close other programs and try again.</source>
            <translation>Não havia memória suficiente para isto. Feche outros programas e tente de novo.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed. Please try again.</source>
            <translation>Algo deu errado. Nada foi alterado. Tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it. Share it only in a way you trust, and delete it when it is no longer needed.</source>
            <translation>O arquivo exportado não é cifrado. Qualquer pessoa que obtiver o arquivo poderá ler tudo o que há nele. Compartilhe-o só por um meio de confiança e apague-o quando não for mais necessário.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato do arquivo</translation>
        </message>
        <message>
            <source>Markdown text (.md)</source>
            <translation>Texto Markdown (.md)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>Texto Markdown (*.md)</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>A exportação grava um arquivo não cifrado. Digite a sua frase secreta.</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>A exportação não foi salva</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>Não foi possível salvar a exportação e nada foi gravado. Verifique se a pasta existe e se você tem permissão para gravar nela, e tente de novo.</translation>
        </message>
        <message>
            <source>Export for a counsellor</source>
            <translation>Exportar para o seu apoio psicológico</translation>
        </message>
        <message>
            <source>From (first day)</source>
            <translation>De (primeiro dia)</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>Até (último dia)</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>It holds your journal entries from the period you choose: check-ins, full entries, what you did for yourself and warning signs. You will be asked for your passphrase before anything is written.</source>
            <translation>Contém os registros do seu diário do período que você escolher: registros do dia, registros completos, o que você fez para se cuidar e os sinais de alerta. A sua frase secreta será pedida antes de qualquer coisa ser gravada.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export the journal entries</source>
            <translation>Exportar os registros do diário</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The first day is after the last day. Please check them.</source>
            <translation>O primeiro dia vem depois do último. Confira as datas, por favor.</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Salvar a exportação</translation>
        </message>
        <message>
            <source>Journal, {first} to {last}</source>
            <translation>Diário, de {first} a {last}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estresse (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Humor (1–5)</translation>
        </message>
        <message>
            <source>Energy (1–5)</source>
            <translation>Energia (1–5)</translation>
        </message>
        <message>
            <source>Sleep (hours)</source>
            <translation>Sono (horas)</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>O que fiz por mim</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro do dia</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>Nenhum registro neste período.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>Buscar no seu diário</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Limpar a busca</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtros</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Mostrar os filtros</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Ocultar os filtros</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Limpar os filtros</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <source>The past 7 days</source>
            <translation>Os últimos 7 dias</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Os últimos 30 dias</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Os últimos 3 meses</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>O último ano</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre duas datas</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Stress from</source>
            <translation>Estresse de</translation>
        </message>
        <message>
            <source>Stress up to</source>
            <translation>Estresse até</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estresse</translation>
        </message>
        <message>
            <source>Any activity</source>
            <translation>Qualquer atividade</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Qualquer etiqueta</translation>
        </message>
    </context>
    <context>
        <name>FirstPeoplePage</name>
        <message>
            <source>Who would you reach in a hard moment?</source>
            <translation>A quem você recorreria em um momento difícil?</translation>
        </message>
        <message>
            <source>Add two or three people you trust: a friend, someone on your team, your organisation's security contact. Their numbers stay in your encrypted vault and are here even with no internet. You can skip this and add them later in your self-care plan.</source>
            <translation>Adicione duas ou três pessoas de confiança: uma amizade, alguém da sua equipe, o contato de segurança da sua organização. Os números delas ficam no seu cofre cifrado e estão aqui mesmo sem internet. Você pode pular este passo e adicioná-las mais tarde no seu plano de autocuidado.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Number or address</source>
            <translation>Número ou endereço</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <source>Name of person {number}</source>
            <translation>Nome da pessoa {number}</translation>
        </message>
        <message>
            <source>Number or address of person {number}</source>
            <translation>Número ou endereço da pessoa {number}</translation>
        </message>
        <message>
            <source>How to reach person {number}</source>
            <translation>Como contatar a pessoa {number}</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;Salvar e continuar</translation>
        </message>
        <message>
            <source>Save these people and continue</source>
            <translation>Salvar estas pessoas e continuar</translation>
        </message>
        <message>
            <source>S&amp;kip for now</source>
            <translation>&amp;Pular por agora</translation>
        </message>
        <message>
            <source>Skip for now; add people later</source>
            <translation>Pular por agora; adicionar pessoas mais tarde</translation>
        </message>
        <message>
            <source>Add a number or address for {name}, or clear the name.</source>
            <translation>Adicione um número ou endereço para {name}, ou apague o nome.</translation>
        </message>
        <message>
            <source>Add a name for {value}, so you know who it is.</source>
            <translation>Adicione um nome para {value}, para saber quem é.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>Done: {text}</source>
            <translation>Feito: {text}</translation>
        </message>
        <message>
            <source>From “{title}”, planned for {date}</source>
            <translation>De “{title}”, planejado para {date}</translation>
        </message>
        <message>
            <source>From “{title}”, for today</source>
            <translation>De “{title}”, para hoje</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the note “{title}”</source>
            <translation>Abrir a nota “{title}”</translation>
        </message>
        <message>
            <source>Open the debrief “{title}”</source>
            <translation>Abrir o balanço “{title}”</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsCard</name>
        <message>
            <source>Things you planned. Take them one at a time.</source>
            <translation>Coisas que você planejou. Uma de cada vez.</translation>
        </message>
        <message>
            <source>Follow-ups for today</source>
            <translation>Acompanhamentos para hoje</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsInput</name>
        <message>
            <source>Add a &amp;follow-up</source>
            <translation>Adicionar um &amp;acompanhamento</translation>
        </message>
        <message>
            <source>Add another follow-up</source>
            <translation>Adicionar outro acompanhamento</translation>
        </message>
        <message>
            <source>Something to do or check on</source>
            <translation>Algo para fazer ou verificar</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Follow-up {number}</source>
            <translation>Acompanhamento {number}</translation>
        </message>
        <message>
            <source>Give follow-up {number} a date</source>
            <translation>Dar uma data ao acompanhamento {number}</translation>
        </message>
        <message>
            <source>Date for follow-up {number}</source>
            <translation>Data do acompanhamento {number}</translation>
        </message>
        <message>
            <source>Remove follow-up {number}</source>
            <translation>Remover o acompanhamento {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
    </context>
    <context>
        <name>ForgotPassphraseDialog</name>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Esqueceu a sua frase secreta?</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperação</translation>
        </message>
        <message>
            <source>Checking the code and setting your new passphrase… this takes a moment.</source>
            <translation>Verificando o código e definindo a sua nova frase secreta… isso leva um momento.</translation>
        </message>
        <message>
            <source>&amp;Set the new passphrase</source>
            <translation>&amp;Definir a nova frase secreta</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Definir a nova frase secreta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>If you added a recovery code, type it here and choose a new passphrase. Without the code or the passphrase, nobody can open this vault, not even the people who make Wellbeing Desk. A wrong code changes nothing and deletes nothing.</source>
            <translation>Se você adicionou um código de recuperação, digite-o aqui e escolha uma nova frase secreta. Sem o código ou a frase secreta, ninguém consegue abrir este cofre, nem mesmo quem faz o Wellbeing Desk. Um código errado não altera nem apaga nada.</translation>
        </message>
        <message numerus="yes">
            <source>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</source>
            <translation>
                <numerusform>Um código de recuperação tem %n símbolo; este tem {count}. Veja se falta ou sobra algum símbolo. Nada foi tentado ainda.</numerusform>
                <numerusform>Um código de recuperação tem %n símbolos; este tem {count}. Veja se falta ou sobra algum símbolo. Nada foi tentado ainda.</numerusform>
            </translation>
        </message>
        <message>
            <source>This code has a typo: its last symbol does not match the others. Compare it symbol by symbol with the code you wrote down. Nothing was tried yet.</source>
            <translation>Este código tem um erro de digitação: o último símbolo não combina com os outros. Compare-o, símbolo por símbolo, com o código que você anotou. Nada foi tentado ainda.</translation>
        </message>
        <message>
            <source>“{symbol}” is never used in recovery codes. Check the code for a typo. Nothing was tried yet.</source>
            <translation>“{symbol}” nunca é usado em códigos de recuperação. Veja se o código tem um erro de digitação. Nada foi tentado ainda.</translation>
        </message>
    </context>
    <context>
        <name>GroundingButton</name>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Abrir os exercícios de respiração e de ancoragem</translation>
        </message>
        <message>
            <source>Paced breathing and the 5-4-3-2-1 exercise (Ctrl+G)</source>
            <translation>Respiração guiada e o exercício 5-4-3-2-1 (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Breathing and grounding</source>
            <translation>Respiração e ancoragem</translation>
        </message>
        <message>
            <source>Nothing here is saved. Go at your own pace, and stop whenever you like.</source>
            <translation>Nada aqui é salvo. Vá no seu ritmo e pare quando quiser.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercícios</translation>
        </message>
        <message>
            <source>Paced breathing</source>
            <translation>Respiração guiada</translation>
        </message>
        <message>
            <source>5-4-3-2-1 senses</source>
            <translation>Sentidos 5-4-3-2-1</translation>
        </message>
        <message>
            <source>Close breathing and grounding</source>
            <translation>Fechar respiração e ancoragem</translation>
        </message>
        <message>
            <source>Take a moment</source>
            <translation>Tirar um momento</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Lock now</source>
            <translation>Bloquear agora</translation>
        </message>
        <message>
            <source>Lock and minimise (panic)</source>
            <translation>Bloquear e minimizar (pânico)</translation>
        </message>
        <message>
            <source>Quit: locks first</source>
            <translation>Sair: bloqueia primeiro</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding (also while locked)</source>
            <translation>Tirar um momento: respiração e ancoragem (também com o Wellbeing Desk bloqueado)</translation>
        </message>
        <message>
            <source>Reach someone now: your people for an emergency, then support</source>
            <translation>Falar com alguém agora: as suas pessoas de confiança para uma emergência e, depois, apoio</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Ir para uma seção</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>Search everywhere: journal, debriefs, directory and notes</source>
            <translation>Buscar em tudo: diário, balanços, diretório e notas</translation>
        </message>
        <message>
            <source>Search the list on Journal, Directory and Notes; search everywhere elsewhere</source>
            <translation>Buscar na lista em Diário, Diretório e Notas; nas outras páginas, buscar em tudo</translation>
        </message>
        <message>
            <source>New journal entry, note or directory entry (on Today: a full entry)</source>
            <translation>Novo registro no diário, nota ou contato no diretório (em Hoje: um registro completo)</translation>
        </message>
        <message>
            <source>Save what you are writing (editors and forms)</source>
            <translation>Salvar o que você está escrevendo (editores e formulários)</translation>
        </message>
        <message>
            <source>Close the editor, keeping what you wrote as a draft; leave the trash</source>
            <translation>Fechar o editor, guardando o que você escreveu como rascunho; sair da lixeira</translation>
        </message>
        <message>
            <source>Press the focused button; on Today, save the check-in</source>
            <translation>Acionar o botão em foco; em Hoje, salvar o registro do dia</translation>
        </message>
        <message>
            <source>Next step of a debrief</source>
            <translation>Próximo passo de um balanço</translation>
        </message>
        <message>
            <source>Move the chosen entry or note to the trash (lists)</source>
            <translation>Mover o registro, contato ou nota escolhido para a lixeira (listas)</translation>
        </message>
        <message>
            <source>Undo moving to the trash (lists)</source>
            <translation>Desfazer a ida para a lixeira (listas)</translation>
        </message>
        <message>
            <source>Mark or unmark the chosen entry as a favourite (Directory)</source>
            <translation>Marcar ou desmarcar o contato escolhido como favorito (Diretório)</translation>
        </message>
        <message>
            <source>Copy the chosen entry's first number or address (Directory list)</source>
            <translation>Copiar o primeiro número ou endereço do contato escolhido (lista do diretório)</translation>
        </message>
        <message>
            <source>Move the chosen item up or down (your lists, template steps)</source>
            <translation>Subir ou descer o item escolhido (suas listas, passos dos modelos)</translation>
        </message>
        <message>
            <source>Sync now (on Sync, once it is set up)</source>
            <translation>Sincronizar agora (em Sincronização, depois de configurada)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Esta ajuda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Close help</source>
            <translation>Fechar a ajuda</translation>
        </message>
        <message>
            <source>Lock and minimise is the quick way out: the vault closes and the window gets out of sight at once. Nothing you wrote stays on screen.</source>
            <translation>Bloquear e minimizar é a saída rápida: o cofre se fecha e a janela sai de vista na hora. Nada do que você escreveu fica na tela.</translation>
        </message>
        <message>
            <source>After something hard</source>
            <translation>Depois de algo difícil</translation>
        </message>
        <message>
            <source>Many people notice changes in the days and weeks after an incident. A short page says which ones are common, what helps, and when talking with someone trained is worth it.</source>
            <translation>Muitas pessoas percebem mudanças nos dias e nas semanas depois de um incidente. Uma página curta conta quais são comuns, o que ajuda e quando vale a pena conversar com alguém com formação.</translation>
        </message>
        <message>
            <source>About Wellbeing Desk</source>
            <translation>Sobre o Wellbeing Desk</translation>
        </message>
        <message>
            <source>Version {version}. An encrypted, offline-first companion for human rights defenders. It is not therapy and does not replace professional care. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Versão {version}. Uma ferramenta cifrada, que funciona sem internet, para pessoas defensoras de direitos humanos. Não é terapia e não substitui o cuidado profissional. Software livre sob a GNU GPL, versão 3 ou posterior.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>Importar para o diretório</translation>
        </message>
        <message>
            <source>Choose what each column holds. A column nothing holds is kept in your notes with its name; columns set to “Leave out” are not imported. The first rows of the file are shown below.</source>
            <translation>Escolha o que cada coluna contém. Uma coluna que não corresponde a nenhum campo é guardada nas suas notas com o nome dela; as colunas marcadas como “Não importar” ficam de fora. As primeiras linhas do arquivo aparecem abaixo.</translation>
        </message>
        <message>
            <source>Columns of the file and what they hold</source>
            <translation>Colunas do arquivo e o que elas contêm</translation>
        </message>
        <message>
            <source>Likely already in your directory</source>
            <translation>Provavelmente já estão no seu diretório</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Prováveis duplicados</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Add these entries to the directory</source>
            <translation>Adicionar estes contatos ao diretório</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Escolha um arquivo para importar</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>Contatos (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Arquivo CSV</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>Arquivo vCard</translation>
        </message>
        <message>
            <source>From {file} ({kind})</source>
            <translation>De {file} ({kind})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <source>Keep in my notes</source>
            <translation>Guardar em minhas notas</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Não importar</translation>
        </message>
        <message>
            <source>What the column “{column}” holds</source>
            <translation>O que a coluna “{column}” contém</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>Lendo o arquivo de novo…</translation>
        </message>
        <message>
            <source>These have the same name and a phone number or e-mail address of an entry you already have. Choose for each whether to skip it, merge it into the entry you have (your details are kept; new contacts, places and notes are added) or add it anyway (you can then edit or delete one of the two).</source>
            <translation>Estes têm o mesmo nome e um telefone ou e-mail de um contato que você já tem. Escolha para cada um se quer pular, mesclar com o contato que você tem (os seus dados são mantidos; contatos, lugares e notas novos são acrescentados) ou adicionar mesmo assim (depois você pode editar ou apagar um dos dois).</translation>
        </message>
        <message>
            <source>{name} — like “{existing}”</source>
            <translation>{name} — parecido com “{existing}”</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Pular</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Manter os dois</translation>
        </message>
        <message>
            <source>Merge into the existing entry</source>
            <translation>Mesclar com o contato existente</translation>
        </message>
        <message>
            <source>Merge into your entry “{existing}”</source>
            <translation>Mesclar com o seu contato “{existing}”</translation>
        </message>
        <message>
            <source>What to do with {name}</source>
            <translation>O que fazer com {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>%n contato será adicionado.</numerusform>
                <numerusform>%n contatos serão adicionados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some cannot be read: choose whether to import only the readable ones.</source>
            <translation>Alguns não podem ser lidos: escolha se quer importar só os que podem ser lidos.</translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>%n provável duplicado será mesclado com um contato que você tem.</numerusform>
                <numerusform>%n prováveis duplicados serão mesclados com contatos que você tem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>%n provável duplicado será pulado.</numerusform>
                <numerusform>%n prováveis duplicados serão pulados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entries could not be added, and nothing was changed. {reason}</source>
            <translation>Não foi possível adicionar os contatos e nada foi alterado. {reason}</translation>
        </message>
        <message>
            <source>Card {card} (from line {line}) cannot be imported.</source>
            <translation>O cartão {card} (a partir da linha {line}) não pode ser importado.</translation>
        </message>
        <message>
            <source>Card {card} cannot be imported.</source>
            <translation>O cartão {card} não pode ser importado.</translation>
        </message>
        <message>
            <source>Line {line} cannot be imported.</source>
            <translation>A linha {line} não pode ser importada.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Este arquivo não pode ser importado.</translation>
        </message>
        <message>
            <source>Nothing was added. Details: {details}</source>
            <translation>Nada foi adicionado. Detalhes: {details}</translation>
        </message>
        <message>
            <source>This is not an ordinary file (it may be a folder, a device or a pipe). Choose a contacts file (.vcf or .csv). Nothing was added.</source>
            <translation>Isto não é um arquivo comum (pode ser uma pasta, um dispositivo ou um pipe). Escolha um arquivo de contatos (.vcf ou .csv). Nada foi adicionado.</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it still exists and that you are allowed to read it. Nothing was added.</source>
            <translation>Não foi possível abrir o arquivo. Verifique se ele ainda existe e se você tem permissão para lê-lo. Nada foi adicionado.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Som</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Chave de criptografia</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Apelido</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Aniversário</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Data comemorativa</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gênero</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Pessoa relacionada</translation>
        </message>
        <message>
            <source>Messaging</source>
            <translation>Mensagens</translation>
        </message>
        <message>
            <source>Social profile</source>
            <translation>Perfil em redes sociais</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>Pronúncia</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Assistant card</source>
            <translation>Cartão do assistente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Nome do meio</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sobrenome</translation>
        </message>
        <message>
            <source>Name prefix (Dr., Ms.…)</source>
            <translation>Tratamento (Dra., Sr.…)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufixo do nome</translation>
        </message>
        <message>
            <source>Nickname (kept in my notes)</source>
            <translation>Apelido (guardado em minhas notas)</translation>
        </message>
        <message>
            <source>Department (with the organisation)</source>
            <translation>Departamento (junto com a organização)</translation>
        </message>
        <message>
            <source>Job title or role (in the description)</source>
            <translation>Cargo ou função (na descrição)</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Messenger (its kind from the service column)</source>
            <translation>Mensageiro (o tipo vem da coluna do serviço)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rua</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>Estado ou província</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Country (of the address)</source>
            <translation>País (do endereço)</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Caixa postal</translation>
        </message>
        <message>
            <source>Label of a phone, e-mail or address</source>
            <translation>Rótulo de um telefone, e-mail ou endereço</translation>
        </message>
        <message>
            <source>Messenger service</source>
            <translation>Serviço de mensagens</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Kind (person, organisation…)</source>
            <translation>Tipo (pessoa, organização…)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiões</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Endereço postal</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horário de atendimento</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>What will be imported</source>
            <translation>O que será importado</translation>
        </message>
        <message>
            <source>Entries that will be imported</source>
            <translation>Contatos que serão importados</translation>
        </message>
        <message>
            <source>Import only the readable ones</source>
            <translation>Importar só os que podem ser lidos</translation>
        </message>
        <message>
            <source>{name} — not imported: {what}</source>
            <translation>{name} — não importado: {what}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in your notes, with the column's name: {columns}.</source>
            <translation>Guardado nas suas notas, com o nome da coluna: {columns}.</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>Fica de fora: {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>%n cards cannot be read:</source>
            <translation>
                <numerusform>%n cartão não pode ser lido:</numerusform>
                <numerusform>%n cartões não podem ser lidos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n cards that can be read</source>
            <translation>
                <numerusform>Importar só o %n cartão que pode ser lido</numerusform>
                <numerusform>Importar só os %n cartões que podem ser lidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be read:</source>
            <translation>
                <numerusform>%n linha não pode ser lida:</numerusform>
                <numerusform>%n linhas não podem ser lidas:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n rows that can be read</source>
            <translation>
                <numerusform>Importar só a %n linha que pode ser lida</numerusform>
                <numerusform>Importar só as %n linhas que podem ser lidas</numerusform>
            </translation>
        </message>
        <message>
            <source>Card {card} (line {line})</source>
            <translation>Cartão {card} (linha {line})</translation>
        </message>
        <message>
            <source>Card {card}</source>
            <translation>Cartão {card}</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Linha {line}</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Period shown</source>
            <translation>Período mostrado</translation>
        </message>
        <message>
            <source>&amp;Export for a counsellor…</source>
            <translation>&amp;Exportar para o seu apoio psicológico…</translation>
        </message>
        <message>
            <source>Export journal entries for a counsellor</source>
            <translation>Exportar registros do diário para o seu apoio psicológico</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendências</translation>
        </message>
        <message>
            <source>Patterns from your own check-ins. They show what tends to go together, not what causes what.</source>
            <translation>Padrões dos seus próprios registros do dia. Mostram o que costuma vir junto, não o que causa o quê.</translation>
        </message>
        <message>
            <source>Nothing to show for this period yet. As you check in, your stress and mood appear here over time.</source>
            <translation>Ainda não há nada para mostrar neste período. À medida que você fizer registros do dia, seu estresse e seu humor aparecem aqui.</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estresse (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Humor (1–5)</translation>
        </message>
        <message>
            <source>&amp;Save the charts as an image…</source>
            <translation>&amp;Salvar os gráficos como imagem…</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Salvar os gráficos como imagem</translation>
        </message>
        <message numerus="yes">
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</source>
            <translation>
                <numerusform>Seu estresse médio no dia seguinte a cada atividade, comparado com o dia seguinte aos outros dias em que você fez um registro. Um valor baseado em menos de %n dia fica marcado: são poucos dias para dizer.</numerusform>
                <numerusform>Seu estresse médio no dia seguinte a cada atividade, comparado com o dia seguinte aos outros dias em que você fez um registro. Um valor baseado em menos de %n dias fica marcado: são poucos dias para dizer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities and next-day stress</source>
            <translation>Atividades e estresse do dia seguinte</translation>
        </message>
        <message>
            <source>Some things that help, like counselling or talking about something hard, can feel heavier for a day or two before they help.</source>
            <translation>Algumas coisas que ajudam, como o apoio psicológico ou falar de algo difícil, podem pesar mais durante um ou dois dias antes de ajudar.</translation>
        </message>
        <message>
            <source>When you note what you did for yourself and check in the next day, it shows here.</source>
            <translation>Quando você anotar o que fez por si e fizer um registro no dia seguinte, isso aparece aqui.</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Semana a semana</translation>
        </message>
        <message numerus="yes">
            <source>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</source>
            <translation>
                <numerusform>Em quantos dos últimos %n dias você anotou cada um dos seus sinais de alerta. Percebê-los faz parte de cuidar de si.</numerusform>
                <numerusform>Em quantos dos últimos %n dias você anotou cada um dos seus sinais de alerta. Percebê-los faz parte de cuidar de si.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning signs you noted</source>
            <translation>Sinais de alerta que você anotou</translation>
        </message>
        <message numerus="yes">
            <source>You have not noted any of your warning signs in the last %n days.</source>
            <translation>
                <numerusform>Você não anotou nenhum dos seus sinais de alerta nos últimos %n dias.</numerusform>
                <numerusform>Você não anotou nenhum dos seus sinais de alerta nos últimos %n dias.</numerusform>
            </translation>
        </message>
        <message>
            <source>What goes with lower stress the next day</source>
            <translation>O que vem junto com menos estresse no dia seguinte</translation>
        </message>
        <message>
            <source>The days you checked in each week, and their averages: stress from 0 to 10, mood from 1 to 5.</source>
            <translation>Os dias com registro em cada semana e suas médias: estresse de 0 a 10, humor de 1 a 5.</translation>
        </message>
        <message>
            <source>Your check-ins so far:</source>
            <translation>Seus registros até agora:</translation>
        </message>
        <message>
            <source>stress {value}</source>
            <translation>estresse {value}</translation>
        </message>
        <message>
            <source>mood {value}</source>
            <translation>humor {value}</translation>
        </message>
        <message>
            <source>A chart appears after a few days of check-ins.</source>
            <translation>O gráfico aparece depois de alguns dias de registros.</translation>
        </message>
        <message>
            <source>1 day with check-ins in this period. Stress {stress}, mood {mood}.</source>
            <translation>1 dia com registros neste período. Estresse {stress}, humor {mood}.</translation>
        </message>
        <message numerus="yes">
            <source>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>
                <numerusform>%n dia com registros neste período. Última média de 7 dias: estresse {stress}, humor {mood}.</numerusform>
                <numerusform>%n dias com registros neste período. Última média de 7 dias: estresse {stress}, humor {mood}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The image was saved as {name}. It is not encrypted.</source>
            <translation>A imagem foi salva como {name}. Ela não está cifrada.</translation>
        </message>
        <message>
            <source>The export was saved as {name}. It is not encrypted: delete it when it is no longer needed.</source>
            <translation>A exportação foi salva como {name}. Ela não está cifrada: apague quando não for mais necessária.</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tudo</translation>
        </message>
    </context>
    <context>
        <name>JoinForm</name>
        <message>
            <source>Join another device's sync</source>
            <translation>Entrar na sincronização de outro dispositivo</translation>
        </message>
        <message>
            <source>Sync folder to join</source>
            <translation>Pasta de sincronização em que entrar</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>Nenhuma pasta escolhida ainda</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>&amp;Escolher pasta…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Escolher a pasta de sincronização</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Código de pareamento</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Pasta de sincronização</translation>
        </message>
        <message>
            <source>&amp;Pairing code</source>
            <translation>&amp;Código de pareamento</translation>
        </message>
        <message>
            <source>Join this &amp;sync</source>
            <translation>Entrar nesta &amp;sincronização</translation>
        </message>
        <message>
            <source>Join this sync</source>
            <translation>Entrar nesta sincronização</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Cancelar a entrada</translation>
        </message>
        <message>
            <source>Choose the folder your other device syncs through (the same USB stick or synced folder), then type the pairing code it showed you.</source>
            <translation>Escolha a pasta pela qual o seu outro dispositivo sincroniza (o mesmo pen drive USB ou a mesma pasta sincronizada) e digite o código de pareamento que ele mostrou.</translation>
        </message>
        <message>
            <source>Fill in the server above as on your other device, then type the pairing code it showed you.</source>
            <translation>Preencha o servidor acima como no seu outro dispositivo e digite o código de pareamento que ele mostrou.</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team space</source>
            <translation>Entrar em um espaço de equipe</translation>
        </message>
        <message>
            <source>Join once the person who created the team has added you with your member key.</source>
            <translation>Entre depois que a pessoa que criou a equipe tiver adicionado você com a sua chave de membro.</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>ID do espaço de equipe</translation>
        </message>
        <message>
            <source>Fingerprint of the person who created it</source>
            <translation>Impressão digital da pessoa que o criou</translation>
        </message>
        <message>
            <source>Team space &amp;id</source>
            <translation>I&amp;D do espaço de equipe</translation>
        </message>
        <message>
            <source>The person who created the team sees it under Members.</source>
            <translation>A pessoa que criou a equipe vê o ID em Membros.</translation>
        </message>
        <message>
            <source>Fin&amp;gerprint of the person who created it</source>
            <translation>Impressão di&amp;gital da pessoa que o criou</translation>
        </message>
        <message>
            <source>The person who created the team reads it to you, in person or on a call.</source>
            <translation>A pessoa que criou a equipe lê a impressão digital para você, pessoalmente ou em uma chamada.</translation>
        </message>
        <message>
            <source>&amp;Join the team space</source>
            <translation>&amp;Entrar no espaço de equipe</translation>
        </message>
        <message>
            <source>Join the team space</source>
            <translation>Entrar no espaço de equipe</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Escolha a pasta que a equipe compartilha</translation>
        </message>
    </context>
    <context>
        <name>JournalListPanel</name>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Novo registro</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Escrever um novo registro</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Novo registro (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Lixeira</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar a lixeira</translation>
        </message>
        <message>
            <source>&amp;Back to the journal</source>
            <translation>&amp;Voltar ao diário</translation>
        </message>
        <message>
            <source>Back to the journal</source>
            <translation>Voltar ao diário</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>Restaurar o registro escolhido</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Esvaziar a lixeira</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Esvaziar a lixeira de vez</translation>
        </message>
        <message>
            <source>Journal entries, newest first</source>
            <translation>Registros do diário, do mais recente ao mais antigo</translation>
        </message>
        <message>
            <source>Entry moved to the trash.</source>
            <translation>O registro foi para a lixeira.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Desfazer: trazer o registro de volta</translation>
        </message>
        <message>
            <source>The entry is back in your journal.</source>
            <translation>O registro voltou para o seu diário.</translation>
        </message>
        <message>
            <source>Remove every entry in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>Apagar de vez todos os registros da lixeira? Isso não pode ser desfeito, e não há cópia em nenhum outro lugar.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>A lixeira está vazia.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Nada encontrado. Tente outras palavras ou limpe os filtros.</translation>
        </message>
        <message>
            <source>Your journal is empty for now. Check-ins from Today and the entries you write appear here, newest first.</source>
            <translation>Seu diário está vazio por enquanto. Os registros do dia feitos em Hoje e os registros que você escrever aparecem aqui, do mais recente ao mais antigo.</translation>
        </message>
    </context>
    <context>
        <name>JournalSection</name>
        <message>
            <source>Journal views</source>
            <translation>Vistas do diário</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendências</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Meu plano de autocuidado</translation>
        </message>
    </context>
    <context>
        <name>LockScreenFrame</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock and minimise</source>
            <translation>Bloquear e minimizar</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding</source>
            <translation>Tirar um momento: respiração e ancoragem</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar em tudo</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Falar com alguém agora</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>[image: {name}]</source>
            <translation>[imagem: {name}]</translation>
        </message>
        <message>
            <source>[image]</source>
            <translation>[imagem]</translation>
        </message>
    </context>
    <context>
        <name>MemberKeyDialog</name>
        <message>
            <source>Your member key</source>
            <translation>Sua chave de membro</translation>
        </message>
        <message>
            <source>Send this key to the person who created the team (by any channel: it is not secret). When they add you, read each other the fingerprint: add or join only if every group matches.</source>
            <translation>Envie esta chave para a pessoa que criou a equipe (por qualquer meio: ela não é secreta). Quando essa pessoa adicionar você, leiam a impressão digital uma para a outra: adicione ou entre só se todos os grupos coincidirem.</translation>
        </message>
        <message>
            <source>Its fingerprint</source>
            <translation>A impressão digital dela</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Impressão digital: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Copy the key</source>
            <translation>&amp;Copiar a chave</translation>
        </message>
        <message>
            <source>Copy your member key</source>
            <translation>Copiar sua chave de membro</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copiado. A área de transferência será esvaziada em %n segundo.</numerusform>
                <numerusform>Copiado. A área de transferência será esvaziada em %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>Nova frase secreta</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Repita a nova frase secreta</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>As duas frases secretas ainda não são iguais.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Esta frase secreta é fraca. Usar mesmo assim.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Usar a frase secreta fraca mesmo assim</translation>
        </message>
        <message>
            <source>Type a new passphrase first.</source>
            <translation>Primeiro digite uma nova frase secreta.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>A nova frase secreta é curta demais. Use pelo menos %n caractere.</numerusform>
                <numerusform>A nova frase secreta é curta demais. Use pelo menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the new passphrase a second time, the same as the first.</source>
            <translation>Digite a nova frase secreta uma segunda vez, igual à primeira.</translation>
        </message>
        <message>
            <source>The new passphrase is weak. Add a few more words, or tick the box to use it anyway.</source>
            <translation>A nova frase secreta é fraca. Acrescente mais algumas palavras ou marque a caixa para usá-la mesmo assim.</translation>
        </message>
    </context>
    <context>
        <name>NoteContextsDialog</name>
        <message>
            <source>Where notes come from</source>
            <translation>De onde vêm as suas notas</translation>
        </message>
        <message>
            <source>These are the contexts you can give a note. Hiding one keeps it in the notes that already have it.</source>
            <translation>Estes são os contextos que você pode dar a uma nota. Ocultar um deles o mantém nas notas que já o têm.</translation>
        </message>
        <message>
            <source>Close the list of contexts</source>
            <translation>Fechar a lista de contextos</translation>
        </message>
        <message>
            <source>Your contexts</source>
            <translation>Seus contextos</translation>
        </message>
        <message>
            <source>Rename the chosen context</source>
            <translation>Renomear o contexto escolhido</translation>
        </message>
        <message>
            <source>Move the chosen context up</source>
            <translation>Subir o contexto escolhido</translation>
        </message>
        <message>
            <source>Move the chosen context down</source>
            <translation>Descer o contexto escolhido</translation>
        </message>
        <message>
            <source>Hide the chosen context</source>
            <translation>Ocultar o contexto escolhido</translation>
        </message>
        <message>
            <source>Show the chosen context again</source>
            <translation>Mostrar de novo o contexto escolhido</translation>
        </message>
        <message>
            <source>A new context</source>
            <translation>Um novo contexto</translation>
        </message>
        <message>
            <source>Name of a new context</source>
            <translation>Nome de um novo contexto</translation>
        </message>
        <message>
            <source>Add the new context</source>
            <translation>Adicionar o novo contexto</translation>
        </message>
        <message>
            <source>Hidden from the choices in the editor</source>
            <translation>Não aparece entre as opções do editor</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>This note is in the trash.</source>
            <translation>Esta nota está na lixeira.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Edit this note</source>
            <translation>Editar esta nota</translation>
        </message>
        <message>
            <source>Edit this note (Enter in the list)</source>
            <translation>Editar esta nota (Enter na lista)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Apagar</translation>
        </message>
        <message>
            <source>Move this note to the trash</source>
            <translation>Mover esta nota para a lixeira</translation>
        </message>
        <message>
            <source>Move this note to the trash; you can undo it</source>
            <translation>Mover esta nota para a lixeira; dá para desfazer</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore this note</source>
            <translation>Restaurar esta nota</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Quem participou</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>O essencial</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>O texto da nota</translation>
        </message>
        <message>
            <source>{text} — by {date}</source>
            <translation>{text} — até {date}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Abrir {name} no diretório</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Abrir no diretório</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>New note</source>
            <translation>Nova nota</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar a nota</translation>
        </message>
        <message>
            <source>Give the note a title, so you can find it again.</source>
            <translation>Dê um título à nota para poder encontrá-la depois.</translation>
        </message>
        <message numerus="yes">
            <source>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</source>
            <translation>
                <numerusform>Uma nota pode ter no máximo %n pessoa, ponto essencial ou acompanhamento. Passe alguns para o texto.</numerusform>
                <numerusform>Uma nota pode ter no máximo %n pessoas, pontos essenciais ou acompanhamentos. Passe alguns para o texto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>Não foi possível guardar as suas alterações como rascunho. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>Descartar as suas alterações não salvas? Isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>The note could not be saved. {reason}</source>
            <translation>Não foi possível salvar a nota. {reason}</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Esta nota não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>NoteFilterBar</name>
        <message>
            <source>Search your notes</source>
            <translation>Buscar nas suas notas</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Limpar a busca</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtros</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Mostrar os filtros</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Ocultar os filtros</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Limpar os filtros</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Os últimos 30 dias</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Os últimos 3 meses</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>O último ano</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre duas datas</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Any context</source>
            <translation>Qualquer contexto</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Qualquer etiqueta</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Qualquer pessoa</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>What was the conversation?</source>
            <translation>Sobre o que foi a conversa?</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>&amp;Edit list…</source>
            <translation>Editar a &amp;lista…</translation>
        </message>
        <message>
            <source>Edit your list of contexts</source>
            <translation>Editar sua lista de contextos</translation>
        </message>
        <message>
            <source>Follow-ups with a date show on your Today page when they are due.</source>
            <translation>Os acompanhamentos com data aparecem na sua página Hoje quando chega o dia.</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Quem participou</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>O essencial</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>O texto da nota</translation>
        </message>
        <message>
            <source>What was said, what you noticed, what you want to keep. Markdown works here.</source>
            <translation>O que foi dito, o que você percebeu, o que quer guardar. Aqui funciona Markdown.</translation>
        </message>
        <message>
            <source>Preview of the note's text</source>
            <translation>Prévia do texto da nota</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Pré-visualizar</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Mostrar uma pré-visualização do texto</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>Editar o &amp;texto</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Voltar a editar o texto</translation>
        </message>
        <message>
            <source>Start from p&amp;rompts</source>
            <translation>Começar com pe&amp;rguntas-guia</translation>
        </message>
        <message>
            <source>Add headings to the text from a template of prompts</source>
            <translation>Acrescentar ao texto os títulos de um modelo de perguntas-guia</translation>
        </message>
        <message>
            <source>Templates of prompts</source>
            <translation>Modelos de perguntas-guia</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No context</source>
            <translation>Sem contexto</translation>
        </message>
        <message>
            <source>A context no longer in your list</source>
            <translation>Um contexto que não está mais na sua lista</translation>
        </message>
    </context>
    <context>
        <name>NoteListPanel</name>
        <message>
            <source>Order of the notes</source>
            <translation>Ordem das notas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Mais recentes primeiro</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Mais antigas primeiro</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Por título</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
        <message>
            <source>Your dialogue notes</source>
            <translation>Suas notas de conversas</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: move to the trash</source>
            <translation>Enter: editar · Delete: mover para a lixeira</translation>
        </message>
    </context>
    <context>
        <name>NotePrompts</name>
        <message>
            <source>Exchange of practices</source>
            <translation>Troca de práticas</translation>
        </message>
        <message>
            <source>Practices that worked</source>
            <translation>Práticas que funcionaram</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Obstáculos</translation>
        </message>
        <message>
            <source>What I take away</source>
            <translation>O que levo comigo</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Acompanhamentos</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Sessão de apoio psicológico</translation>
        </message>
        <message>
            <source>What we talked about</source>
            <translation>Do que falamos</translation>
        </message>
        <message>
            <source>What I noticed in myself</source>
            <translation>O que percebi em mim</translation>
        </message>
        <message>
            <source>What I want to try</source>
            <translation>O que quero experimentar</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Reunião de equipe</translation>
        </message>
        <message>
            <source>What we decided</source>
            <translation>O que decidimos</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>Preocupações que surgiram</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation>Quem faz o quê</translation>
        </message>
    </context>
    <context>
        <name>NoteText</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} e mais {count}</translation>
        </message>
        <message>
            <source>{date} — {title}</source>
            <translation>{date} — {title}</translation>
        </message>
        <message>
            <source>With {names}</source>
            <translation>Com {names}</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nova nota</translation>
        </message>
        <message>
            <source>Write a new note</source>
            <translation>Escrever uma nova nota</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nova nota (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Lixeira</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar a lixeira</translation>
        </message>
        <message>
            <source>&amp;Back to the notes</source>
            <translation>&amp;Voltar às notas</translation>
        </message>
        <message>
            <source>Back to the notes</source>
            <translation>Voltar às notas</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the chosen note</source>
            <translation>Restaurar a nota escolhida</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Esvaziar a lixeira…</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Esvaziar a lixeira de vez</translation>
        </message>
        <message>
            <source>Choose a note to read it here.</source>
            <translation>Escolha uma nota para ler aqui.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes in the trash</source>
            <translation>
                <numerusform>%n nota na lixeira</numerusform>
                <numerusform>%n notas na lixeira</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>A lixeira está vazia.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Nada encontrado. Tente outras palavras ou limpe os filtros.</translation>
        </message>
        <message>
            <source>No notes yet. After a peer circle, a counselling session or a team meeting, keep here what you want to remember: “New note”, or Ctrl+N.</source>
            <translation>Ainda não há notas. Depois de um círculo de pares, uma sessão de apoio psicológico ou uma reunião de equipe, guarde aqui o que quiser lembrar: “Nova nota” ou Ctrl+N.</translation>
        </message>
        <message>
            <source>You have a note you have not saved yet.</source>
            <translation>Você tem uma nota que ainda não salvou.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Continuar escrevendo</translation>
        </message>
        <message>
            <source>Continue your unsaved note</source>
            <translation>Continuar a nota não salva</translation>
        </message>
        <message>
            <source>Note moved to the trash.</source>
            <translation>A nota foi para a lixeira.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo: bring the note back</source>
            <translation>Desfazer: trazer a nota de volta</translation>
        </message>
        <message>
            <source>Bring the note back (Ctrl+Z)</source>
            <translation>Trazer a nota de volta (Ctrl+Z)</translation>
        </message>
        <message>
            <source>The note is back among your notes.</source>
            <translation>A nota voltou para as suas notas.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Esvaziar a lixeira</translation>
        </message>
        <message>
            <source>Remove every note in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>Apagar de vez todas as notas da lixeira? Isso não pode ser desfeito, e não há cópia em nenhum outro lugar.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes removed for good.</source>
            <translation>
                <numerusform>%n nota apagada de vez.</numerusform>
                <numerusform>%n notas apagadas de vez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Act on this message</source>
            <translation>Agir sobre esta mensagem</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Fechar esta mensagem</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsInput</name>
        <message>
            <source>People who took part</source>
            <translation>Pessoas que participaram</translation>
        </message>
        <message>
            <source>Type a name, or search your directory</source>
            <translation>Digite um nome ou busque no seu diretório</translation>
        </message>
        <message>
            <source>Add a person who took part</source>
            <translation>Adicionar uma pessoa que participou</translation>
        </message>
        <message>
            <source>Choose someone from your directory, or press Enter to add the name as typed</source>
            <translation>Escolha alguém do seu diretório ou pressione Enter para adicionar o nome como foi digitado</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Apagar o nome</translation>
        </message>
        <message>
            <source>Linked names open their directory entry.</source>
            <translation>Os nomes com link abrem o contato no diretório.</translation>
        </message>
        <message>
            <source>Matching people in your directory</source>
            <translation>Pessoas do seu diretório que correspondem</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Remover {name}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Abrir {name} no diretório</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Abrir no diretório</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>Parece que o Caps Lock está ativado.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Ocultar a frase secreta</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Mostrar a frase secreta</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Add someone who would look after them</source>
            <translation>Adicionar alguém que cuidaria delas</translation>
        </message>
        <message>
            <source>Add a person for an emergency</source>
            <translation>Adicionar uma pessoa para emergências</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Quem é para você</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Quem é</translation>
        </message>
        <message>
            <source>Save this person</source>
            <translation>Salvar esta pessoa</translation>
        </message>
        <message>
            <source>Cancel adding a person</source>
            <translation>Cancelar e não adicionar ninguém</translation>
        </message>
        <message>
            <source>Someone who would look after the people who depend on you</source>
            <translation>Alguém que cuidaria das pessoas que dependem de você</translation>
        </message>
        <message>
            <source>Someone you would reach in a hard moment</source>
            <translation>Alguém a quem você recorreria num momento difícil</translation>
        </message>
        <message>
            <source>Add a name, so you know who this is.</source>
            <translation>Acrescente um nome, para saber quem é.</translation>
        </message>
        <message>
            <source>Add at least one way to reach this person.</source>
            <translation>Acrescente pelo menos uma forma de contato com esta pessoa.</translation>
        </message>
    </context>
    <context>
        <name>PlaceForm</name>
        <message>
            <source>Sync through</source>
            <translation>Sincronizar por</translation>
        </message>
        <message>
            <source>A f&amp;older (a USB stick or a synced folder)</source>
            <translation>Uma &amp;pasta (um pen drive USB ou uma pasta sincronizada)</translation>
        </message>
        <message>
            <source>A &amp;WebDAV server (Nextcloud, ownCloud, Synology…)</source>
            <translation>Um servidor &amp;WebDAV (Nextcloud, ownCloud, Synology…)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <source>Password or app token</source>
            <translation>Senha ou token de aplicativo</translation>
        </message>
        <message>
            <source>Certificate authority file (advanced)</source>
            <translation>Arquivo da autoridade certificadora (avançado)</translation>
        </message>
        <message>
            <source>None: the usual authorities are trusted</source>
            <translation>Nenhum: as autoridades habituais são aceitas</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;rocurar…</translation>
        </message>
        <message>
            <source>Choose a certificate authority file</source>
            <translation>Escolher um arquivo de autoridade certificadora</translation>
        </message>
        <message>
            <source>Forget the fil&amp;e</source>
            <translation>Esquecer o arqu&amp;ivo</translation>
        </message>
        <message>
            <source>Forget the certificate authority file</source>
            <translation>Esquecer o arquivo da autoridade certificadora</translation>
        </message>
        <message>
            <source>Only for a server whose owner gave you their certificate authority file; leave it empty otherwise.</source>
            <translation>Só para um servidor cuja pessoa responsável lhe deu o arquivo da autoridade certificadora; caso contrário, deixe vazio.</translation>
        </message>
        <message>
            <source>&amp;Test the server</source>
            <translation>&amp;Testar o servidor</translation>
        </message>
        <message>
            <source>Test the server</source>
            <translation>Testar o servidor</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>E&amp;ndereço do servidor</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>Nome de &amp;usuário</translation>
        </message>
        <message>
            <source>Passwor&amp;d or app token</source>
            <translation>&amp;Senha ou token de aplicativo</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>Certificados (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Choose the certificate authority file</source>
            <translation>Escolher o arquivo da autoridade certificadora</translation>
        </message>
        <message>
            <source>The server works: files can be written, read back and listed there, and it never replaces one. You can use it for sync.</source>
            <translation>O servidor funciona: é possível gravar, ler de volta e listar arquivos nele, e ele nunca substitui nenhum. Você pode usá-lo para sincronizar.</translation>
        </message>
        <message>
            <source>The server did not accept that user name and password (or app token). Check both and try again.</source>
            <translation>O servidor não aceitou esse nome de usuário e essa senha (ou token de aplicativo). Verifique os dois e tente de novo.</translation>
        </message>
        <message>
            <source>There is no such folder on the server. Check the address: it ends with the folder that holds your files.</source>
            <translation>Essa pasta não existe no servidor. Verifique o endereço: ele termina com a pasta que guarda os seus arquivos.</translation>
        </message>
        <message>
            <source>This server cannot rename a file without replacing another (WebDAV MOVE), so it cannot be used safely for sync.</source>
            <translation>Este servidor não consegue renomear um arquivo sem substituir outro (WebDAV MOVE), então não pode ser usado com segurança para sincronizar.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted, so nothing was sent. Ask whoever runs the server, or choose their certificate authority file.</source>
            <translation>O certificado do servidor não é confiável, então nada foi enviado. Pergunte a quem administra o servidor ou escolha o arquivo da autoridade certificadora dele.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again a little later.</source>
            <translation>O servidor não respondeu a tempo. Tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your connection to the internet.</source>
            <translation>Não é possível chegar ao servidor. Verifique o endereço e a sua conexão com a internet.</translation>
        </message>
        <message>
            <source>The server sent the connection on to another server, which is refused. Check the address with whoever runs the server.</source>
            <translation>O servidor redirecionou a conexão para outro servidor, o que é recusado. Confirme o endereço com quem administra o servidor.</translation>
        </message>
        <message>
            <source>The server is full: it has no room for new files.</source>
            <translation>O servidor está cheio: não há espaço para novos arquivos.</translation>
        </message>
        <message>
            <source>A file on the server is locked by another program. Try again a little later.</source>
            <translation>Um arquivo no servidor está bloqueado por outro programa. Tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>The server failed to answer properly. Try again later, or ask whoever runs it.</source>
            <translation>O servidor não respondeu corretamente. Tente de novo mais tarde ou pergunte a quem o administra.</translation>
        </message>
        <message>
            <source>That address cannot be used. It starts with https:// and names the server, with no user name or password in it.</source>
            <translation>Esse endereço não pode ser usado. Ele começa com https:// e indica o servidor, sem nome de usuário nem senha.</translation>
        </message>
        <message>
            <source>That server cannot be used for sync: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Esse servidor não pode ser usado para sincronizar: não foi possível gravar e ler de volta arquivos nele com segurança. Nada foi alterado.</translation>
        </message>
        <message>
            <source>Testing the server…</source>
            <translation>Testando o servidor…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>My self-care plan</source>
            <translation>Meu plano de autocuidado</translation>
        </message>
        <message>
            <source>Your plan, in your own words, for the days when it is hard to think clearly. Write as much or as little as you like; it is saved as you write, inside your encrypted vault.</source>
            <translation>O seu plano, com as suas palavras, para os dias em que é difícil pensar com clareza. Escreva quanto quiser, muito ou pouco; ele é salvo enquanto você escreve, dentro do seu cofre cifrado.</translation>
        </message>
        <message>
            <source>Opening your plan…</source>
            <translation>Abrindo o seu plano…</translation>
        </message>
        <message numerus="yes">
            <source>This section is too long to save. Please shorten it to %n characters or fewer.</source>
            <translation>
                <numerusform>Esta seção é longa demais para ser salva. Reduza para %n caractere ou menos.</numerusform>
                <numerusform>Esta seção é longa demais para ser salva. Reduza para %n caracteres ou menos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in your vault.</source>
            <translation>Salvo no seu cofre.</translation>
        </message>
        <message>
            <source>Your plan could not be saved: {reason}</source>
            <translation>Não foi possível salvar o seu plano: {reason}</translation>
        </message>
        <message>
            <source>A safer place I can go</source>
            <translation>Um lugar mais seguro para onde posso ir</translation>
        </message>
        <message>
            <source>Who looks after the people who depend on me</source>
            <translation>Quem cuida das pessoas que dependem de mim</translation>
        </message>
        <message>
            <source>My warning signs</source>
            <translation>Meus sinais de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>O que me ajuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Pessoas a quem posso recorrer</translation>
        </message>
        <message>
            <source>My boundaries and commitments</source>
            <translation>Meus limites e compromissos</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>O que me sustenta</translation>
        </message>
        <message>
            <source>Where you could go if home or the office is not safe, and how to get there.</source>
            <translation>Para onde você poderia ir se a casa ou o escritório não forem seguros, e como chegar lá.</translation>
        </message>
        <message>
            <source>Children, elders or others who rely on you: who would look after them if you could not, and what they need to know (school, medicines, routines).</source>
            <translation>Crianças, pessoas idosas ou outras pessoas que dependem de você: quem cuidaria delas se você não pudesse, e o que precisa saber (escola, remédios, rotinas).</translation>
        </message>
        <message>
            <source>What tells you that stress is building up? For example: sleeping badly, snapping at people, feeling numb.</source>
            <translation>O que indica que o estresse está se acumulando? Por exemplo: dormir mal, responder com rispidez, sentir que não sente nada.</translation>
        </message>
        <message>
            <source>Small things count: a walk, music, a call, a proper meal, prayer, time alone.</source>
            <translation>As pequenas coisas contam: uma caminhada, música, uma ligação, uma boa refeição, uma oração, um tempo a sós.</translation>
        </message>
        <message>
            <source>Who can you call or write to when things get hard? A friend, a colleague, a counsellor, a helpline.</source>
            <translation>Para quem você pode ligar ou escrever quando as coisas ficam difíceis? Uma amizade, alguém da sua equipe, uma pessoa de apoio psicológico, uma linha de apoio.</translation>
        </message>
        <message>
            <source>What will you say no to? What have you promised yourself, and others?</source>
            <translation>Para o que você vai dizer não? O que prometeu a si e a outras pessoas?</translation>
        </message>
        <message>
            <source>What gives you strength and meaning, in this work and outside it.</source>
            <translation>O que lhe dá força e sentido, neste trabalho e fora dele.</translation>
        </message>
    </context>
    <context>
        <name>PlanSummaryCard</name>
        <message>
            <source>My warning signs</source>
            <translation>Meus sinais de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>O que me ajuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Pessoas a quem posso recorrer</translation>
        </message>
        <message>
            <source>My boundaries</source>
            <translation>Meus limites</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>O que me sustenta</translation>
        </message>
        <message>
            <source>Your plan is empty for now. Writing down what helps, on a calm day, makes it easier to find on a hard one.</source>
            <translation>O seu plano está vazio por enquanto. Anotar o que ajuda, num dia tranquilo, torna mais fácil encontrar isso num dia difícil.</translation>
        </message>
        <message>
            <source>Open my &amp;plan</source>
            <translation>Abrir meu &amp;plano</translation>
        </message>
        <message>
            <source>Open my self-care plan</source>
            <translation>Abrir meu plano de autocuidado</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Meu plano de autocuidado</translation>
        </message>
    </context>
    <context>
        <name>PublicLines</name>
        <message>
            <source>{hours} · from {source}, seen {date} · check before relying on it</source>
            <translation>{hours} · de {source}, visto em {date} · confirme antes de contar com isso</translation>
        </message>
    </context>
    <context>
        <name>PublicLinesDialog</name>
        <message>
            <source>Need help now?</source>
            <translation>Precisa de ajuda agora?</translation>
        </message>
        <message>
            <source>These public lines answer at any hour. Enter copies the number you choose. Your own people stay inside your vault: unlock it to see them.</source>
            <translation>Estas linhas públicas atendem a qualquer hora. Enter copia o número escolhido. As suas pessoas de confiança ficam dentro do cofre: desbloqueie-o para vê-las.</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour</source>
            <translation>Linhas públicas que atendem a qualquer hora</translation>
        </message>
        <message>
            <source>Close Need help now</source>
            <translation>Fechar “Precisa de ajuda agora?”</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Procurar em:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Arquivos do &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>RatingInput</name>
        <message>
            <source>Your rating, from 0 to 10</source>
            <translation>A sua avaliação, de 0 a 10</translation>
        </message>
        <message>
            <source>Type a number, or use the arrow keys. Choosing nothing is fine too.</source>
            <translation>Digite um número ou use as setas. Não escolher nada também está bem.</translation>
        </message>
    </context>
    <context>
        <name>ReachPicker</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the chosen number or address</source>
            <translation>Copiar o número ou o endereço escolhido</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Nenhum número salvo</translation>
        </message>
        <message>
            <source>There is no number or address saved for {name}.</source>
            <translation>Não há número nem endereço salvo para {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {value}. It is taken off the clipboard after %n seconds.</source>
            <translation>
                <numerusform>{value} copiado. Ele sai da área de transferência depois de %n segundo.</numerusform>
                <numerusform>{value} copiado. Ele sai da área de transferência depois de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ways to reach them</source>
            <translation>Formas de contato</translation>
        </message>
        <message>
            <source>Ways to reach {name}</source>
            <translation>Formas de contato com {name}</translation>
        </message>
    </context>
    <context>
        <name>ReachSomeoneDialog</name>
        <message>
            <source>Reach someone now</source>
            <translation>Falar com alguém agora</translation>
        </message>
        <message>
            <source>Your people come first. Enter copies the number of the one you choose; Tab shows their other ways to reach them.</source>
            <translation>As suas pessoas de confiança vêm primeiro. Enter copia o número de quem você escolher; Tab mostra as outras formas de contato.</translation>
        </message>
        <message>
            <source>People and lines you can reach</source>
            <translation>Pessoas e linhas a quem você pode recorrer</translation>
        </message>
        <message>
            <source>Close Reach someone now</source>
            <translation>Fechar “Falar com alguém agora”</translation>
        </message>
        <message>
            <source>You have not added your own people for an emergency yet. The ones below come from your directory.</source>
            <translation>Você ainda não adicionou as suas pessoas de confiança para emergências. As de baixo vêm do seu diretório.</translation>
        </message>
        <message>
            <source>&amp;Open in directory</source>
            <translation>&amp;Abrir no diretório</translation>
        </message>
        <message>
            <source>&amp;My emergency people…</source>
            <translation>&amp;Minhas pessoas para emergências…</translation>
        </message>
        <message>
            <source>There is no one here yet. Add the people and numbers you would call in an emergency, so they are here offline when you need them.</source>
            <translation>Ainda não há ninguém aqui. Adicione as pessoas e os números para quem você ligaria numa emergência, para que estejam aqui, sem conexão, quando precisar.</translation>
        </message>
        <message>
            <source>Security contact</source>
            <translation>Contato de segurança</translation>
        </message>
        <message>
            <source>A local number you trust</source>
            <translation>Um número local de confiança</translation>
        </message>
        <message>
            <source>Would look after the people who depend on you</source>
            <translation>Cuidaria das pessoas que dependem de você</translation>
        </message>
        <message>
            <source>Your person for an emergency</source>
            <translation>A sua pessoa para emergências</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
    </context>
    <context>
        <name>ReachWindow</name>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirar e fazer ancoragem</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fechar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <translation>O seu código de recuperação</translation>
        </message>
        <message>
            <source>Recovery code: {code}</source>
            <translation>Código de recuperação: {code}</translation>
        </message>
        <message>
            <source>Write this code down on paper and keep it somewhere safe, away from this computer. Anyone with it can open your vault. It is shown only this once.</source>
            <translation>Anote este código em papel e guarde-o num lugar seguro, longe deste computador. Qualquer pessoa que o tenha pode abrir o seu cofre. Ele só aparece desta vez.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, choose “Forgot passphrase?” on the unlock screen and type this code to set a new one.</source>
            <translation>Se você esquecer a sua frase secreta, escolha “Esqueceu a frase secreta?” na tela de desbloqueio e digite este código para definir uma nova.</translation>
        </message>
        <message>
            <source>The code you had before no longer opens this vault.</source>
            <translation>O código que você tinha antes não abre mais este cofre.</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Já &amp;anotei</translation>
        </message>
        <message>
            <source>I have written it down: hide the code</source>
            <translation>Já anotei: ocultar o código</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferDialog</name>
        <message>
            <source>A way back in</source>
            <translation>Uma forma de voltar a entrar</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, a recovery code lets you set a new one. It is a line of letters and numbers to write down and keep somewhere safe. Anyone who has it can open your vault, so you may prefer not to have one.</source>
            <translation>Se um dia você esquecer a sua frase secreta, um código de recuperação permite definir uma nova. É uma linha de letras e números para anotar e guardar num lugar seguro. Qualquer pessoa que o tenha pode abrir o seu cofre, então talvez você prefira não ter um.</translation>
        </message>
        <message>
            <source>You can add one later in Settings, under “Your vault”.</source>
            <translation>Você pode adicionar um depois em Configurações, em “O seu cofre”.</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;Adicionar um código de recuperação…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Adicionar um código de recuperação</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>A&amp;gora não</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Agora não</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar uma cópia de segurança</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file. A vault already in that folder is not overwritten: it is kept beside it, with today's date in its name.</source>
            <translation>Refaça o seu cofre a partir de um arquivo de cópia de segurança. Um cofre que já esteja nessa pasta não é substituído: ele é mantido ao lado, com a data de hoje no nome.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Arquivo de cópia de segurança</translation>
        </message>
        <message>
            <source>A file ending in .wdbackup</source>
            <translation>Um arquivo terminado em .wdbackup</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Es&amp;colher…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Escolher o arquivo de cópia de segurança</translation>
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation>A frase secreta da cópia</translation>
        </message>
        <message>
            <source>The passphrase the vault had when the backup was made.</source>
            <translation>A frase secreta que o cofre tinha quando a cópia foi feita.</translation>
        </message>
        <message>
            <source>Restore to this folder</source>
            <translation>Restaurar nesta pasta</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Escolher…</translation>
        </message>
        <message>
            <source>Choose where to restore</source>
            <translation>Escolher onde restaurar</translation>
        </message>
        <message>
            <source>Restoring… this takes a moment.</source>
            <translation>Restaurando… isso leva um momento.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar a cópia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore to</source>
            <translation>Restaurar em</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Escolha um arquivo de cópia de segurança</translation>
        </message>
        <message>
            <source>Wellbeing Desk backups (*.wdbackup);;All files (*)</source>
            <translation>Cópias de segurança do Wellbeing Desk (*.wdbackup);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreLink</name>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>&amp;Restaurar um backup…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar uma cópia de segurança</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file</source>
            <translation>Refazer o seu cofre a partir de um arquivo de cópia de segurança</translation>
        </message>
    </context>
    <context>
        <name>RestoredMessage</name>
        <message>
            <source>The backup was restored. Unlock it with the backup's passphrase.</source>
            <translation>A cópia foi restaurada. Desbloqueie-a com a frase secreta da cópia.</translation>
        </message>
        <message>
            <source>The backup was restored to {folder}.</source>
            <translation>A cópia foi restaurada em {folder}.</translation>
        </message>
        <message>
            <source>The vault that was there is kept at {folder}.</source>
            <translation>O cofre que estava lá foi guardado em {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>Nothing chosen yet. {scale}</source>
            <translation>Nada escolhido ainda. {scale}</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Stress, from 0 to 10</source>
            <translation>Estresse, de 0 a 10</translation>
        </message>
        <message>
            <source>0 calm</source>
            <translation>0 calma</translation>
        </message>
        <message>
            <source>10 the most stressed I have felt</source>
            <translation>10 o maior estresse que já senti</translation>
        </message>
        <message>
            <source>Mood, from 1 to 5</source>
            <translation>Humor, de 1 a 5</translation>
        </message>
        <message>
            <source>1 very low</source>
            <translation>1 muito baixo</translation>
        </message>
        <message>
            <source>5 very good</source>
            <translation>5 muito bom</translation>
        </message>
        <message>
            <source>Energy, from 1 to 5</source>
            <translation>Energia, de 1 a 5</translation>
        </message>
        <message>
            <source>1 drained</source>
            <translation>1 sem energia</translation>
        </message>
        <message>
            <source>5 full of energy</source>
            <translation>5 com muita energia</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar em tudo</translation>
        </message>
        <message>
            <source>Search your journal, debriefs, directory and notes</source>
            <translation>Busque no seu diário, balanços, diretório e notas</translation>
        </message>
        <message>
            <source>Up and Down choose a result, Enter opens it, Esc closes.</source>
            <translation>As setas para cima e para baixo escolhem um resultado, Enter abre, Esc fecha.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Limpar a busca</translation>
        </message>
        <message>
            <source>Results, grouped by section</source>
            <translation>Resultados, agrupados por seção</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or fewer of them.</source>
            <translation>Nada corresponde. Tente outras palavras, ou menos palavras.</translation>
        </message>
        <message>
            <source>Type to search your journal, debriefs, directory and notes.</source>
            <translation>Digite para buscar no seu diário, balanços, diretório e notas.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultModel</name>
        <message>
            <source>Journal</source>
            <translation>Diário</translation>
        </message>
        <message>
            <source>Debriefs</source>
            <translation>Balanços</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Diretório</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sem título</translation>
        </message>
    </context>
    <context>
        <name>SensesPage</name>
        <message>
            <source>One sense at a time. Name things to yourself, or type a word if it helps. Nothing you type here is saved, and it is gone when you close this window.</source>
            <translation>Um sentido de cada vez. Nomeie as coisas para si, ou digite uma palavra se ajudar. Nada do que você digitar aqui é salvo, e tudo desaparece quando esta janela fecha.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Voltar</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Voltar um passo</translation>
        </message>
        <message>
            <source>Start &amp;again</source>
            <translation>Começar de &amp;novo</translation>
        </message>
        <message>
            <source>Start the exercise again</source>
            <translation>Começar o exercício de novo</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Concluir</translation>
        </message>
        <message>
            <source>Finish the exercise</source>
            <translation>Terminar o exercício</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Avançar</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Ir para o próximo passo</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Passo {number} de {total}</translation>
        </message>
        <message>
            <source>Here and now</source>
            <translation>Aqui e agora</translation>
        </message>
        <message>
            <source>Take one more slow breath. Notice how you feel now, without judging it. Whatever you typed is already gone.</source>
            <translation>Respire devagar mais uma vez. Perceba como você está agora, sem julgar. O que você digitou já se apagou.</translation>
        </message>
        <message>
            <source>You can come back to this exercise at any time with {keys}.</source>
            <translation>Você pode voltar a este exercício quando quiser com {keys}.</translation>
        </message>
        <message>
            <source>Five things you can see</source>
            <translation>Cinco coisas que você pode ver</translation>
        </message>
        <message>
            <source>Four things you can touch</source>
            <translation>Quatro coisas que você pode tocar</translation>
        </message>
        <message>
            <source>Three things you can hear</source>
            <translation>Três coisas que você pode ouvir</translation>
        </message>
        <message>
            <source>Two things you can smell</source>
            <translation>Duas coisas que você pode cheirar</translation>
        </message>
        <message>
            <source>One thing you can taste</source>
            <translation>Uma coisa que você pode saborear</translation>
        </message>
        <message>
            <source>Look around slowly. Notice five things you can see: a colour, a shape, the light on a wall.</source>
            <translation>Olhe ao redor com calma. Repare em cinco coisas que você pode ver: uma cor, uma forma, a luz numa parede.</translation>
        </message>
        <message>
            <source>Notice four things you can feel: your feet on the floor, the chair holding you, the air on your skin, the cloth of your sleeve.</source>
            <translation>Repare em quatro coisas que você pode sentir: os pés no chão, a cadeira que sustenta você, o ar na pele, o tecido da manga.</translation>
        </message>
        <message>
            <source>Listen for three sounds, near or far. Your own breathing counts too.</source>
            <translation>Procure ouvir três sons, perto ou longe. A sua própria respiração também conta.</translation>
        </message>
        <message>
            <source>Find two things you can smell. If nothing comes, bring to mind two smells you like.</source>
            <translation>Encontre duas coisas que você pode cheirar. Se nada vier, traga à memória dois cheiros de que você gosta.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water and notice that.</source>
            <translation>Repare num sabor que você sente agora, ou tome um gole de água e repare nele.</translation>
        </message>
        <message>
            <source>Something you can see, {number} of {total}</source>
            <translation>Algo que você pode ver, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can touch, {number} of {total}</source>
            <translation>Algo que você pode tocar, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can hear, {number} of {total}</source>
            <translation>Algo que você pode ouvir, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can smell, {number} of {total}</source>
            <translation>Algo que você pode cheirar, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can taste</source>
            <translation>Algo que você pode saborear</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Bloquear automaticamente após</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>Bloquear quando a janela for minimizada</translation>
        </message>
        <message>
            <source>Call the window “Notes”, not “Wellbeing Desk”</source>
            <translation>Chamar a janela de “Notas”, não de “Wellbeing Desk”</translation>
        </message>
        <message>
            <source>The title shows in the task bar and window switcher, even while locked.</source>
            <translation>O título aparece na barra de tarefas e no alternador de janelas, mesmo com o bloqueio ativo.</translation>
        </message>
        <message>
            <source>Counted from your last key press or click in Wellbeing Desk. The vault also locks when your screen locks or the computer sleeps.</source>
            <translation>Contado a partir da sua última tecla ou clique no Wellbeing Desk. O cofre também é bloqueado quando a tela bloqueia ou o computador entra em suspensão.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual ao sistema</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Wellbeing Desk.</source>
            <translation>O novo idioma é usado na próxima vez que você abrir o Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reduzir o movimento</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Sempre</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>With less motion, the breathing guide shows still steps and a count instead of a growing circle.</source>
            <translation>Com menos movimento, o guia de respiração mostra passos parados e uma contagem em vez de um círculo que cresce.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueio</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Acessibilidade</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 minutos</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutos</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutos</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>Turning off automatic locking needs your passphrase.</source>
            <translation>Para desativar o bloqueio automático é preciso a sua frase secreta.</translation>
        </message>
    </context>
    <context>
        <name>ShareWithTeamDialog</name>
        <message>
            <source>Share with a team</source>
            <translation>Compartilhar com uma equipe</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Equipe:</translation>
        </message>
        <message>
            <source>The team to share a copy with</source>
            <translation>A equipe com quem compartilhar uma cópia</translation>
        </message>
        <message>
            <source>&amp;Share a copy</source>
            <translation>&amp;Compartilhar uma cópia</translation>
        </message>
        <message>
            <source>Cancel: share nothing</source>
            <translation>Cancelar: não compartilhar nada</translation>
        </message>
        <message>
            <source>Share a copy of “{entry}” with the team “{team}”? Everyone in the team will see it and can change it; it goes at the team's next sync. Your own entry stays as it is, and your notes on it are not shared.</source>
            <translation>Compartilhar uma cópia de “{entry}” com a equipe “{team}”? Toda a equipe vai vê-la e poderá alterá-la; ela vai na próxima sincronização da equipe. O seu contato fica como está, e as suas notas sobre ele não são compartilhadas.</translation>
        </message>
        <message>
            <source>Share a copy with the team “{team}”</source>
            <translation>Compartilhar uma cópia com a equipe “{team}”</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Força da frase secreta</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters. A few words only you know work well.</source>
            <translation>
                <numerusform>Curta demais: use pelo menos %n caractere. Algumas palavras que só você conhece funcionam bem.</numerusform>
                <numerusform>Curta demais: use pelo menos %n caracteres. Algumas palavras que só você conhece funcionam bem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Muito fraca: seria adivinhada quase na hora.</translation>
        </message>
        <message>
            <source>Weak: this could be guessed quickly.</source>
            <translation>Fraca: poderia ser adivinhada rapidamente.</translation>
        </message>
        <message>
            <source>Fair, but still guessable. A few more words would help.</source>
            <translation>Razoável, mas ainda dá para adivinhar. Mais algumas palavras ajudariam.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Forte.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Muito forte.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Your summary</source>
            <translation>O seu resumo</translation>
        </message>
        <message>
            <source>It is kept, encrypted, with your debriefs. Nothing leaves this computer unless you export it.</source>
            <translation>Ele fica guardado, cifrado, com os seus balanços. Nada sai deste computador a menos que você exporte.</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Ações de acompanhamento</translation>
        </message>
        <message>
            <source>When they are due, they show on your Today page.</source>
            <translation>Quando chegar o dia, eles aparecem na sua página Hoje.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export this summary as a Markdown or PDF file</source>
            <translation>Exportar este resumo como arquivo Markdown ou PDF</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Keep it and go back to your debriefs</source>
            <translation>Guardar e voltar aos seus balanços</translation>
        </message>
        <message>
            <source>&amp;Change answers</source>
            <translation>&amp;Mudar as respostas</translation>
        </message>
        <message>
            <source>Open this debrief again to change or add to your answers</source>
            <translation>Abrir este balanço de novo para mudar ou completar as suas respostas</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>{title} · started {start}, finished {end}</source>
            <translation>{title} · iniciado em {start}, terminado em {end}</translation>
        </message>
        <message>
            <source>You did not write anything down this time, and that is fine.</source>
            <translation>Desta vez você não anotou nada, e está tudo bem.</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — até {date}</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Support</source>
            <translation>Apoio</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Se você está pensando em se machucar, por favor fale agora com uma das suas pessoas de confiança ou com uma linha de crise local.</translation>
        </message>
        <message>
            <source>T&amp;ry a breathing or grounding exercise</source>
            <translation>E&amp;xperimentar um exercício de respiração ou de ancoragem</translation>
        </message>
        <message>
            <source>Try a breathing or grounding exercise</source>
            <translation>Experimentar um exercício de respiração ou de ancoragem</translation>
        </message>
        <message>
            <source>St&amp;op for today</source>
            <translation>Parar por &amp;hoje</translation>
        </message>
        <message>
            <source>Stop for today: your debrief is kept and you can come back to it</source>
            <translation>Parar por hoje: o seu balanço fica guardado e você pode voltar a ele</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Continue the debrief</source>
            <translation>Continuar o balanço</translation>
        </message>
        <message>
            <source>Reach someone</source>
            <translation>Falar com alguém</translation>
        </message>
        <message>
            <source>These come from the starter directory. On a calm day, add the people and numbers you would call in an emergency.</source>
            <translation>Estes vêm do diretório inicial. Num dia tranquilo, adicione as pessoas e os números para quem você ligaria numa emergência.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>Ver apoio no seu &amp;diretório</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Ver apoio psicológico, cuidado com o trauma, apoio entre pares e linhas de apoio no seu diretório</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Finish the debrief</source>
            <translation>Terminar o balanço</translation>
        </message>
        <message>
            <source>Your safety comes first.</source>
            <translation>A sua segurança vem primeiro.</translation>
        </message>
        <message>
            <source>If you are not safe, you can stop here. Go somewhere safer, or reach someone you trust who can help. If someone could see your screen, {keys} locks and hides Wellbeing Desk at once. Your debrief is kept for when you are ready.</source>
            <translation>Se você não está em segurança, pode parar aqui. Vá para um lugar mais seguro ou fale com alguém de confiança que possa ajudar. Se alguém puder ver a sua tela, {keys} bloqueia e oculta o Wellbeing Desk na hora. O seu balanço fica guardado para quando você se sentir com forças.</translation>
        </message>
        <message>
            <source>Your distress went up.</source>
            <translation>O seu mal-estar aumentou.</translation>
        </message>
        <message>
            <source>It went from {before} to {after}. That can happen after thinking about hard things, and it is all right. Be gentle with yourself. Would one of these help?</source>
            <translation>Passou de {before} para {after}. Isso pode acontecer depois de pensar em coisas difíceis, e está tudo bem. Tenha paciência consigo. Alguma destas opções ajudaria?</translation>
        </message>
        <message>
            <source>That is a lot to carry right now.</source>
            <translation>É muita coisa para carregar agora.</translation>
        </message>
        <message>
            <source>At the end you rated your distress {rating} out of 10. Your answers are kept. Before you close this, would one of these help?</source>
            <translation>No final, você avaliou o seu mal-estar em {rating} de 10. As suas respostas ficam guardadas. Antes de fechar, alguma destas opções ajudaria?</translation>
        </message>
        <message>
            <source>That sounds like a lot right now.</source>
            <translation>Parece que agora é muita coisa.</translation>
        </message>
        <message>
            <source>You rated your distress {rating} out of 10. You do not have to go on: you can stop for today and come back later, or continue when you feel ready. Would one of these help?</source>
            <translation>Você avaliou o seu mal-estar em {rating} de 10. Você não precisa continuar: pode parar por hoje e voltar mais tarde, ou continuar quando quiser. Alguma destas opções ajudaria?</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>{name} · {way}</source>
            <translation>{name} · {way}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Abrir {name} no diretório</translation>
        </message>
    </context>
    <context>
        <name>SyncOffCard</name>
        <message>
            <source>Sync is optional, and it is off for this vault. Nothing leaves this computer unless you set it up.</source>
            <translation>A sincronização é opcional e está desativada neste cofre. Nada sai deste computador a menos que você a configure.</translation>
        </message>
        <message>
            <source>With sync, two of your vaults (on a laptop and a desktop, say) share their records through a place you choose: a folder such as a USB stick or a shared folder, or a WebDAV server such as Nextcloud. Everything is encrypted before it is written there.</source>
            <translation>Com a sincronização, dois dos seus cofres (num notebook e num computador de mesa, por exemplo) compartilham os seus registros por um lugar que você escolhe: uma pasta, como um pen drive USB ou uma pasta compartilhada, ou um servidor WebDAV como o Nextcloud. Tudo é cifrado antes de ser gravado lá.</translation>
        </message>
        <message>
            <source>Set it up on one device: it gives you a pairing code. Then, on the other device, join through the same place with that code.</source>
            <translation>Configure num dispositivo: ele dá um código de pareamento. Depois, no outro dispositivo, entre pelo mesmo lugar com esse código.</translation>
        </message>
        <message>
            <source>Set &amp;up sync…</source>
            <translation>&amp;Configurar a sincronização…</translation>
        </message>
        <message>
            <source>Set up sync through the place chosen above</source>
            <translation>Configurar a sincronização pelo lugar escolhido acima</translation>
        </message>
        <message>
            <source>&amp;Join another device's sync…</source>
            <translation>&amp;Entrar na sincronização de outro dispositivo…</translation>
        </message>
        <message>
            <source>Join another device's sync</source>
            <translation>Entrar na sincronização de outro dispositivo</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar agora</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <source>Send this vault's changes and receive the others' ({keys})</source>
            <translation>Enviar as alterações deste cofre e receber as dos outros ({keys})</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>Cancelar a sincronização</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>&amp;Apply anyway</source>
            <translation>&amp;Aplicar mesmo assim</translation>
        </message>
        <message>
            <source>Apply the sync anyway, with its removals</source>
            <translation>Aplicar a sincronização mesmo assim, com as remoções</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Revisar…</translation>
        </message>
        <message>
            <source>Review what sync kept aside</source>
            <translation>Revisar o que a sincronização deixou de lado</translation>
        </message>
        <message>
            <source>Show the pairing &amp;code…</source>
            <translation>Mostrar o &amp;código de pareamento…</translation>
        </message>
        <message>
            <source>Show the pairing code</source>
            <translation>Mostrar o código de pareamento</translation>
        </message>
        <message>
            <source>Lea&amp;ve sync…</source>
            <translation>&amp;Deixar de sincronizar…</translation>
        </message>
        <message>
            <source>Leave sync</source>
            <translation>Deixar de sincronizar</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Parando depois deste arquivo…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>%n arquivo enviado</numerusform>
                <numerusform>%n arquivos enviados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, %n lido…</numerusform>
                <numerusform>{sent}, %n lidos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder to sync through</source>
            <translation>Escolha a pasta pela qual sincronizar</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Primeiro preencha o endereço do servidor, o nome de usuário e a senha.</translation>
        </message>
        <message>
            <source>Sync is set up. Nothing was sent yet: press “Sync now” when you are ready.</source>
            <translation>A sincronização está configurada. Nada foi enviado ainda: pressione “Sincronizar agora” quando quiser.</translation>
        </message>
        <message>
            <source>Joined. Press “Sync now” to send what this vault has and receive what your other devices sent.</source>
            <translation>Você entrou na sincronização. Pressione “Sincronizar agora” para enviar o que este cofre tem e receber o que os seus outros dispositivos enviaram.</translation>
        </message>
        <message>
            <source>Type your passphrase to see the pairing code.</source>
            <translation>Digite a sua frase secreta para ver o código de pareamento.</translation>
        </message>
        <message>
            <source>Forget this device?</source>
            <translation>Esquecer este dispositivo?</translation>
        </message>
        <message>
            <source>This vault stops reading the sync files of device {device}. That device keeps everything that was synced before, and it can still read the folder with the pairing code. To shut it out, leave sync on your other devices and set up a new sync in a new folder.</source>
            <translation>Este cofre deixa de ler os arquivos de sincronização do dispositivo {device}. Esse dispositivo mantém tudo o que foi sincronizado antes e ainda pode ler a pasta com o código de pareamento. Para bloquear o acesso dele, deixe de sincronizar nos seus outros dispositivos e configure uma nova sincronização numa pasta nova.</translation>
        </message>
        <message>
            <source>Device {device} is forgotten here.</source>
            <translation>O dispositivo {device} foi esquecido aqui.</translation>
        </message>
        <message>
            <source>Leave sync?</source>
            <translation>Deixar de sincronizar?</translation>
        </message>
        <message>
            <source>This vault stops sending and receiving. Everything stays on this computer; what was already sent stays in the folder for your other devices.</source>
            <translation>Este cofre deixa de enviar e receber. Tudo fica neste computador; o que já foi enviado fica na pasta para os seus outros dispositivos.</translation>
        </message>
        <message>
            <source>This vault does not sync any more.</source>
            <translation>Este cofre não sincroniza mais.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>%n alteração enviada</numerusform>
                <numerusform>%n alterações enviadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}; %n recebida.</numerusform>
                <numerusform>{sent}; %n recebidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Sincronização interrompida. O que chegou está salvo; o resto vem da próxima vez.</translation>
        </message>
        <message numerus="yes">
            <source>%n needs review.</source>
            <translation>
                <numerusform>%n para revisar.</numerusform>
                <numerusform>%n para revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused before removing records.</source>
            <translation>Em pausa antes de remover registros.</translation>
        </message>
        <message>
            <source>Another device uses a newer version of Wellbeing Desk: update this one to receive its changes.</source>
            <translation>Outro dispositivo usa uma versão mais recente do Wellbeing Desk: atualize este para receber as alterações dele.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</source>
            <translation>
                <numerusform>%n arquivo do lugar de sincronização foi alterado por alguém sem a chave, ou está fora de ordem; ele não foi usado, e nada dele foi aplicado.</numerusform>
                <numerusform>%n arquivos do lugar de sincronização foram alterados por alguém sem a chave, ou estão fora de ordem; eles não foram usados, e nada deles foi aplicado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync folder could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n arquivo da pasta de sincronização não pôde ser usado; nada dele foi aplicado.</numerusform>
                <numerusform>%n arquivos da pasta de sincronização não puderam ser usados; nada deles foi aplicado.</numerusform>
            </translation>
        </message>
        <message>
            <source>This device's files in the sync place went back to an older copy, so everything here was sent again: nothing is missing.</source>
            <translation>Os arquivos deste dispositivo no lugar de sincronização voltaram a uma cópia mais antiga, então tudo o que está aqui foi enviado de novo: não falta nada.</translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>As alterações de %n dispositivo estão esperando: o relógio dele está dias adiantado em relação a este.</numerusform>
                <numerusform>As alterações de %n dispositivos estão esperando: o relógio deles está dias adiantado em relação a este.</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</source>
            <translation>
                <numerusform>Esta sincronização removeria %n registro deste cofre ({counts}): ele foi apagado de vez em outro dispositivo. É muita coisa de uma vez, então nada foi removido ainda. Aplicar a sincronização mesmo assim?</numerusform>
                <numerusform>Esta sincronização removeria %n registros deste cofre ({counts}): eles foram apagados de vez em outro dispositivo. É muita coisa de uma vez, então nada foi removido ainda. Aplicar a sincronização mesmo assim?</numerusform>
            </translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>registros do diário</translation>
        </message>
        <message>
            <source>self-care list items</source>
            <translation>itens das listas de autocuidado</translation>
        </message>
        <message>
            <source>self-care plan sections</source>
            <translation>seções do plano de autocuidado</translation>
        </message>
        <message>
            <source>directory entries</source>
            <translation>contatos do diretório</translation>
        </message>
        <message>
            <source>debriefs</source>
            <translation>balanços</translation>
        </message>
        <message>
            <source>debrief templates</source>
            <translation>modelos de balanço</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>acompanhamentos</translation>
        </message>
        <message>
            <source>dialogue notes</source>
            <translation>notas de conversas</translation>
        </message>
        <message>
            <source>note contexts</source>
            <translation>contextos de notas</translation>
        </message>
        <message>
            <source>emergency contacts</source>
            <translation>contatos de emergência</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>configurações</translation>
        </message>
        <message>
            <source>The sync folder is not there. Is the drive connected? Nothing was sent or received.</source>
            <translation>A pasta de sincronização não está lá. A unidade está conectada? Nada foi enviado nem recebido.</translation>
        </message>
        <message>
            <source>Sync could not finish: something in the sync folder could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>A sincronização não pôde terminar: não foi possível ler algo na pasta de sincronização. Nada deste cofre se perdeu; você pode tentar de novo.</translation>
        </message>
        <message>
            <source>Sync could not read or write the sync folder. Check that it is there and that you are allowed to write to it.</source>
            <translation>A sincronização não conseguiu ler nem gravar na pasta de sincronização. Confira se ela está lá e se você tem permissão para gravar nela.</translation>
        </message>
        <message>
            <source>There is no sync on that server yet. Fill in the server your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Ainda não há sincronização nesse servidor. Preencha o servidor pelo qual o seu outro dispositivo sincroniza, ou configure a sincronização lá primeiro. Nada foi alterado.</translation>
        </message>
        <message>
            <source>That code does not open the sync on that server. Check that it is the code your other device showed. Nothing was changed.</source>
            <translation>Esse código não abre a sincronização desse servidor. Confira se é o código que o seu outro dispositivo mostrou. Nada foi alterado.</translation>
        </message>
        <message>
            <source>That code has a typo: check each group against the code your other device shows. Nothing was changed.</source>
            <translation>Esse código tem um erro de digitação: compare cada grupo com o código que o seu outro dispositivo mostra. Nada foi alterado.</translation>
        </message>
        <message>
            <source>That code does not open the sync in this folder. Check that it is the code your other device showed for this folder. Nothing was changed.</source>
            <translation>Esse código não abre a sincronização desta pasta. Confira se é o código que o seu outro dispositivo mostrou para esta pasta. Nada foi alterado.</translation>
        </message>
        <message>
            <source>There is no sync in that folder yet. Choose the folder your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Ainda não há sincronização nessa pasta. Escolha a pasta pela qual o seu outro dispositivo sincroniza, ou configure a sincronização lá primeiro. Nada foi alterado.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Essa pasta não está lá. A unidade está conectada? Nada foi alterado.</translation>
        </message>
        <message>
            <source>That sync was set up by a newer version of Wellbeing Desk. Update this one, then try again. Nothing was changed.</source>
            <translation>Essa sincronização foi configurada por uma versão mais recente do Wellbeing Desk. Atualize esta e tente de novo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This vault already syncs.</source>
            <translation>Este cofre já sincroniza.</translation>
        </message>
        <message>
            <source>That folder cannot be used for sync: files could not be written and read back there safely (is it write-protected, or full?). Nothing was changed.</source>
            <translation>Essa pasta não pode ser usada para sincronizar: não foi possível gravar e ler de volta arquivos nela com segurança (está protegida contra gravação, ou cheia?). Nada foi alterado.</translation>
        </message>
        <message>
            <source>Something in that folder could not be read. Nothing was changed; you can try again.</source>
            <translation>Não foi possível ler algo nessa pasta. Nada foi alterado; você pode tentar de novo.</translation>
        </message>
        <message>
            <source>That folder could not be used. Check that it is there and that you are allowed to write to it. Nothing was changed.</source>
            <translation>Não foi possível usar essa pasta. Confira se ela está lá e se você tem permissão para gravar nela. Nada foi alterado.</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message>
            <source>Changes to look at</source>
            <translation>Alterações para ver</translation>
        </message>
        <message>
            <source>When sync could not tell which change you wanted, it kept everything and put it here. Take your time: nothing is lost while it waits.</source>
            <translation>Quando a sincronização não conseguiu saber qual alteração você queria, guardou tudo e deixou aqui. Sem pressa: nada se perde enquanto espera.</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>&amp;Para ver</translation>
        </message>
        <message>
            <source>Nothing needs your attention</source>
            <translation>Nada precisa da sua atenção</translation>
        </message>
        <message>
            <source>Everything sync kept for you to look at has been taken care of.</source>
            <translation>Tudo o que a sincronização guardou para você ver já foi resolvido.</translation>
        </message>
        <message>
            <source>Close the changes to look at</source>
            <translation>Fechar as alterações para ver</translation>
        </message>
        <message numerus="yes">
            <source>%n to look at</source>
            <translation>
                <numerusform>%n para ver</numerusform>
                <numerusform>%n para ver</numerusform>
            </translation>
        </message>
        <message>
            <source>That one was already taken care of.</source>
            <translation>Isso já tinha sido resolvido.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sem título</translation>
        </message>
        <message>
            <source>Noted {when}</source>
            <translation>Anotado em {when}</translation>
        </message>
        <message>
            <source>kept after a deletion</source>
            <translation>mantido após uma exclusão</translation>
        </message>
        <message>
            <source>two versions</source>
            <translation>duas versões</translation>
        </message>
        <message>
            <source>{kind} · {reason} · {when}</source>
            <translation>{kind} · {reason} · {when}</translation>
        </message>
        <message>
            <source>{title}: {kind}, {reason}, noted {when}</source>
            <translation>{title}: {kind}, {reason}, anotado em {when}</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Registro do diário</translation>
        </message>
        <message>
            <source>Self-care list item</source>
            <translation>Item das listas de autocuidado</translation>
        </message>
        <message>
            <source>Self-care plan section</source>
            <translation>Seção do plano de autocuidado</translation>
        </message>
        <message>
            <source>Directory entry</source>
            <translation>Contato do diretório</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Balanço</translation>
        </message>
        <message>
            <source>Debrief template</source>
            <translation>Modelo de balanço</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Dialogue note</source>
            <translation>Nota de conversa</translation>
        </message>
        <message>
            <source>Note context</source>
            <translation>Contexto de notas</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contato de emergência</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Configuração</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusCard</name>
        <message>
            <source>Sync folder</source>
            <translation>Pasta de sincronização</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>Este dispositivo</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronização</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Aguardando envio</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Para revisar</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ainda não</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n alteração</numerusform>
                <numerusform>%n alterações</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Nada</translation>
        </message>
        <message numerus="yes">
            <source>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</source>
            <translation>
                <numerusform>%n item: cópias mantidas de um conflito ou registros trazidos de volta. Revise com “Revisar…” abaixo.</numerusform>
                <numerusform>%n itens: cópias mantidas de um conflito ou registros trazidos de volta. Revise com “Revisar…” abaixo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagsInput</name>
        <message>
            <source>Tags of this note</source>
            <translation>Etiquetas desta nota</translation>
        </message>
        <message>
            <source>Add a tag, then Enter</source>
            <translation>Adicione uma etiqueta e pressione Enter</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Adicionar uma etiqueta</translation>
        </message>
        <message>
            <source>Clear the tag</source>
            <translation>Apagar a etiqueta</translation>
        </message>
        <message>
            <source>Remove the tag “{tag}”</source>
            <translation>Remover a etiqueta “{tag}”</translation>
        </message>
    </context>
    <context>
        <name>TakeawaysInput</name>
        <message>
            <source>Add a &amp;takeaway</source>
            <translation>Adicionar um ponto &amp;essencial</translation>
        </message>
        <message>
            <source>Add another key takeaway</source>
            <translation>Adicionar outro ponto essencial</translation>
        </message>
        <message>
            <source>Something to remember</source>
            <translation>Algo para lembrar</translation>
        </message>
        <message>
            <source>Takeaway {number}</source>
            <translation>Ponto essencial {number}</translation>
        </message>
        <message>
            <source>Move takeaway {number} up</source>
            <translation>Subir o ponto essencial {number}</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Subir (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move takeaway {number} down</source>
            <translation>Descer o ponto essencial {number}</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Descer (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Remove takeaway {number}</source>
            <translation>Remover o ponto essencial {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>Sync team</source>
            <translation>Sincronizar equipe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Apply anyway</source>
            <translation>Aplicar mesmo assim</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Membros…</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n membro</numerusform>
                <numerusform>%n membros</numerusform>
            </translation>
        </message>
        <message>
            <source>You created it</source>
            <translation>Você criou</translation>
        </message>
        <message>
            <source>You are a member</source>
            <translation>Você é membro</translation>
        </message>
        <message>
            <source>Last synced {when}</source>
            <translation>Última sincronização: {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Ainda não sincronizada</translation>
        </message>
        <message>
            <source>Sync the team {team}</source>
            <translation>Sincronizar a equipe {team}</translation>
        </message>
        <message>
            <source>Members of the team {team}</source>
            <translation>Membros da equipe {team}</translation>
        </message>
        <message>
            <source>Cancel the team sync</source>
            <translation>Cancelar a sincronização da equipe</translation>
        </message>
        <message>
            <source>Apply the team sync anyway, with its removals</source>
            <translation>Aplicar mesmo assim a sincronização da equipe, com o que ela remove</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
    </context>
    <context>
        <name>TeamEntryActions</name>
        <message>
            <source>Shared. Your search or filters hide the team's copy.</source>
            <translation>Compartilhado. A sua busca ou os seus filtros ocultam a cópia da equipe.</translation>
        </message>
        <message>
            <source>Shared a copy with the team “{team}”; it reaches everyone at the team's next sync. Your own entry stays as it is.</source>
            <translation>Uma cópia foi compartilhada com a equipe “{team}”; ela chega a toda a equipe na próxima sincronização. O seu contato fica como está.</translation>
        </message>
        <message>
            <source>Copy kept. Your search or filters hide it.</source>
            <translation>Cópia guardada. A sua busca ou os seus filtros a ocultam.</translation>
        </message>
        <message>
            <source>Your own copy is in your directory, chosen now (it has no team tag). The team's entry stays as it is.</source>
            <translation>A sua própria cópia está no seu diretório, já selecionada (sem a etiqueta de equipe). O contato da equipe fica como está.</translation>
        </message>
        <message>
            <source>You are no longer in that team, so nothing was shared.</source>
            <translation>Você não faz mais parte dessa equipe, então nada foi compartilhado.</translation>
        </message>
    </context>
    <context>
        <name>TeamMembersDialog</name>
        <message>
            <source>Remove {name}?</source>
            <translation>Remover {name}?</translation>
        </message>
        <message>
            <source>{name} will not receive anything written in the team from now on. What she already has stays with her: a removed member keeps what she already saw.</source>
            <translation>{name} não vai receber mais nada do que for escrito na equipe a partir de agora. O que essa pessoa já tem fica com ela: quem sai da equipe mantém o que já viu.</translation>
        </message>
        <message>
            <source>Leave {team}?</source>
            <translation>Sair de {team}?</translation>
        </message>
        <message>
            <source>The team's entries, and your notes on them, leave your directory on this computer. Copies you kept as your own stay. Nothing is written to the team's folder or server: the team keeps what you shared, and only the person who created it can take you off its members.</source>
            <translation>Os contatos da equipe, e suas notas sobre eles, saem do seu diretório neste computador. As cópias que você guardou como suas ficam. Nada é escrito na pasta nem no servidor da equipe: a equipe mantém o que você compartilhou, e só a pessoa que a criou pode tirar você dos membros.</translation>
        </message>
        <message>
            <source>Any of them among your people for an emergency stays, as a copy of your own.</source>
            <translation>Os que estão entre as suas pessoas de confiança para uma emergência ficam, como cópias suas.</translation>
        </message>
        <message>
            <source>You created this team: once you leave, no one can add or remove its members.</source>
            <translation>Você criou esta equipe: depois que sair, ninguém poderá adicionar nem remover membros.</translation>
        </message>
        <message>
            <source>Members of {team}</source>
            <translation>Membros de {team}</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>ID do espaço de equipe</translation>
        </message>
        <message>
            <source>Each person you add types this id, and your fingerprint, to join.</source>
            <translation>Cada pessoa que você adicionar digita este ID, e a sua impressão digital, para entrar.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>&amp;Adicionar um membro…</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Adicionar um membro</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Re&amp;mover…</translation>
        </message>
        <message>
            <source>Remove the chosen member</source>
            <translation>Remover o membro escolhido</translation>
        </message>
        <message>
            <source>Lea&amp;ve this team…</source>
            <translation>&amp;Sair desta equipe…</translation>
        </message>
        <message>
            <source>Leave the team {team} on this computer</source>
            <translation>Sair da equipe {team} neste computador</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>{name} is in the team now.</source>
            <translation>{name} agora faz parte da equipe.</translation>
        </message>
        <message>
            <source>{name} was removed.</source>
            <translation>{name} não faz mais parte da equipe.</translation>
        </message>
        <message>
            <source>{name} (created the team, you)</source>
            <translation>{name} (criou a equipe; você)</translation>
        </message>
        <message>
            <source>{name} (created the team)</source>
            <translation>{name} (criou a equipe)</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (você)</translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team spaces</source>
            <translation>Espaços de equipe</translation>
        </message>
        <message>
            <source>A team space shares the directory entries you choose with the people in your team, through a folder or a server you all use. It is separate from syncing your own devices.</source>
            <translation>Um espaço de equipe compartilha os contatos do diretório que você escolhe com as pessoas da sua equipe, por meio de uma pasta ou de um servidor que toda a equipe usa. Ele é separado da sincronização dos seus próprios dispositivos.</translation>
        </message>
        <message>
            <source>You are not in any team space yet.</source>
            <translation>Você ainda não está em nenhum espaço de equipe.</translation>
        </message>
        <message>
            <source>Be&amp;gin a team space…</source>
            <translation>Criar um espaço de e&amp;quipe…</translation>
        </message>
        <message>
            <source>Create a team space</source>
            <translation>Criar um espaço de equipe</translation>
        </message>
        <message>
            <source>Jo&amp;in a team space…</source>
            <translation>Entrar em um espaç&amp;o de equipe…</translation>
        </message>
        <message>
            <source>Join a team space</source>
            <translation>Entrar em um espaço de equipe</translation>
        </message>
        <message>
            <source>Your member &amp;key…</source>
            <translation>Sua cha&amp;ve de membro…</translation>
        </message>
        <message>
            <source>Show your member key</source>
            <translation>Mostrar sua chave de membro</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Parando depois deste arquivo…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>%n arquivo enviado</numerusform>
                <numerusform>%n arquivos enviados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, %n lido…</numerusform>
                <numerusform>{sent}, %n lidos…</numerusform>
            </translation>
        </message>
        <message>
            <source>The team space “{team}” is ready. Add each person from “Members…”.</source>
            <translation>O espaço de equipe “{team}” está pronto. Adicione cada pessoa em “Membros…”.</translation>
        </message>
        <message>
            <source>You joined “{team}”. Press “Sync team” to receive its entries.</source>
            <translation>Você entrou em “{team}”. Clique em “Sincronizar equipe” para receber os contatos.</translation>
        </message>
        <message>
            <source>You left “{team}” on this computer. Its entries left your directory; copies you kept as your own stay.</source>
            <translation>Você saiu de “{team}” neste computador. Os contatos dela saíram do seu diretório; as cópias que você guardou como suas ficam.</translation>
        </message>
    </context>
    <context>
        <name>TeamPlaceDialog</name>
        <message>
            <source>Fill in “{field}” first.</source>
            <translation>Primeiro preencha “{field}”.</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Primeiro preencha o endereço do servidor, o nome de usuário e a senha.</translation>
        </message>
    </context>
    <context>
        <name>TeamSummary</name>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>%n alteração enviada</numerusform>
                <numerusform>%n alterações enviadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}; %n recebida.</numerusform>
                <numerusform>{sent}; %n recebidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Sincronização interrompida. O que chegou está salvo; o resto vem da próxima vez.</translation>
        </message>
        <message>
            <source>The team's members changed.</source>
            <translation>Os membros da equipe mudaram.</translation>
        </message>
        <message numerus="yes">
            <source>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</source>
            <translation>
                <numerusform>Em pausa: esta sincronização removeria %n contato que foi excluído de vez na equipe. Aplicar mesmo assim?</numerusform>
                <numerusform>Em pausa: esta sincronização removeria %n contatos que foram excluídos de vez na equipe. Aplicar mesmo assim?</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone in the team uses a newer version of Wellbeing Desk: update this one to receive those changes.</source>
            <translation>Alguém da equipe usa uma versão mais nova do Wellbeing Desk: atualize esta para receber essas alterações.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the team's place could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n arquivo no lugar da equipe não pôde ser usado; nada dele foi aplicado.</numerusform>
                <numerusform>%n arquivos no lugar da equipe não puderam ser usados; nada deles foi aplicado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>As alterações de %n dispositivo estão esperando: o relógio dele está dias adiantado em relação a este.</numerusform>
                <numerusform>As alterações de %n dispositivos estão esperando: o relógio deles está dias adiantado em relação a este.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>You are no longer in this team: the person who created it removed you. What you already received stays in this vault; nothing new arrives.</source>
            <translation>Você não faz mais parte desta equipe: a pessoa que a criou removeu você. O que você já recebeu fica neste cofre; nada novo chega.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Essa pasta não está lá. A unidade está conectada? Nada foi alterado.</translation>
        </message>
        <message>
            <source>That is not a team space id: it has 32 letters and digits. Check it with the person who created the team.</source>
            <translation>Isso não é um ID de espaço de equipe: ele tem 32 letras e números. Confira com a pessoa que criou a equipe.</translation>
        </message>
        <message>
            <source>A fingerprint has 20 letters and digits, in five groups of four. Check what you typed.</source>
            <translation>Uma impressão digital tem 20 letras e números, em cinco grupos de quatro. Confira o que você digitou.</translation>
        </message>
        <message>
            <source>That fingerprint does not match the person who created this team space: it may be another team's space. Check each group again with that person. Nothing was joined.</source>
            <translation>Essa impressão digital não corresponde à da pessoa que criou este espaço de equipe: pode ser o espaço de outra equipe. Confira cada grupo de novo com essa pessoa. Você não entrou em nada.</translation>
        </message>
        <message>
            <source>You have not been added to that team yet. Send your member key to the person who created it, and join once they have added you.</source>
            <translation>Sua chave de membro ainda não foi adicionada a essa equipe. Envie a chave para a pessoa que a criou e entre depois que ela adicionar você.</translation>
        </message>
        <message>
            <source>There is no team space with that id there. Check the id, and that you chose the place the team uses. Nothing was changed.</source>
            <translation>Não há nenhum espaço de equipe com esse ID lá. Confira o ID e se você escolheu o lugar que a equipe usa. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This vault has not received the team's newest key yet. Sync again a little later, or ask the person who created the team to sync.</source>
            <translation>Este cofre ainda não recebeu a chave mais recente da equipe. Sincronize de novo um pouco mais tarde ou peça à pessoa que criou a equipe para sincronizar.</translation>
        </message>
        <message>
            <source>Only the person who created the team adds and removes members.</source>
            <translation>Só a pessoa que criou a equipe adiciona e remove membros.</translation>
        </message>
        <message>
            <source>That member key has a typo or is cut short. Check it against the key you were sent, or ask for it again.</source>
            <translation>Essa chave de membro tem um erro de digitação ou está incompleta. Compare com a chave que você recebeu ou peça de novo.</translation>
        </message>
        <message>
            <source>That team space was made by a newer version of Wellbeing Desk. Update this one, then try again.</source>
            <translation>Esse espaço de equipe foi criado por uma versão mais nova do Wellbeing Desk. Atualize esta e tente de novo.</translation>
        </message>
        <message>
            <source>That place cannot be used for a team: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Esse lugar não pode ser usado por uma equipe: não foi possível gravar e reler arquivos lá com segurança. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The team's server could not be used just now. Check your connection and try again a little later.</source>
            <translation>Não foi possível usar o servidor da equipe agora. Confira sua conexão e tente de novo um pouco mais tarde.</translation>
        </message>
        <message>
            <source>Something in the team's place could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>Algo no lugar da equipe não pôde ser lido. Nada se perdeu neste cofre; você pode tentar de novo.</translation>
        </message>
        <message>
            <source>The team's folder could not be read or written. Check that it is there and that you are allowed to write to it.</source>
            <translation>Não foi possível ler ou gravar na pasta da equipe. Confira se ela está lá e se você tem permissão para gravar nela.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCard</name>
        <message>
            <source>Helps when</source>
            <translation>Ajuda quando</translation>
        </message>
        <message>
            <source>Not for when</source>
            <translation>Não é para quando</translation>
        </message>
        <message>
            <source>Include questions about the event itself</source>
            <translation>Incluir perguntas sobre o próprio acontecimento</translation>
        </message>
        <message>
            <source>Include questions about the event itself in “{title}”</source>
            <translation>Incluir perguntas sobre o próprio acontecimento em “{title}”</translation>
        </message>
        <message>
            <source>You can skip each of them anyway.</source>
            <translation>Mesmo assim, você pode pular cada uma delas.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Começar</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Começar “{title}”</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>New template</source>
            <translation>Novo modelo</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>Editar modelo</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Editar “{title}”</translation>
        </message>
        <message>
            <source>Parts of the template</source>
            <translation>Partes do modelo</translation>
        </message>
        <message>
            <source>&amp;About this template</source>
            <translation>Sobre este &amp;modelo</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>&amp;Passos</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>Sal&amp;var modelo</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Salvar o modelo</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Close without saving the changes</source>
            <translation>Fechar sem salvar as alterações</translation>
        </message>
        <message>
            <source>You are writing the {language} text. What this template says in other languages is kept as it is.</source>
            <translation>Você está escrevendo o texto em {language}. O que este modelo diz em outros idiomas fica como está.</translation>
        </message>
        <message>
            <source>You are writing the {language} text.</source>
            <translation>Você está escrevendo o texto em {language}.</translation>
        </message>
        <message>
            <source>Title of the template</source>
            <translation>Título do modelo</translation>
        </message>
        <message>
            <source>What the template is for</source>
            <translation>Para que serve o modelo</translation>
        </message>
        <message>
            <source>When the template may help</source>
            <translation>Quando o modelo pode ajudar</translation>
        </message>
        <message>
            <source>When not to use the template, and what to do instead</source>
            <translation>Quando não usar o modelo, e o que fazer em vez disso</translation>
        </message>
        <message>
            <source>Ask the questions about the event itself by default</source>
            <translation>Fazer por padrão as perguntas sobre o próprio acontecimento</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Finalidade</translation>
        </message>
        <message>
            <source>When it &amp;helps</source>
            <translation>Quando a&amp;juda</translation>
        </message>
        <message>
            <source>When &amp;not to use it</source>
            <translation>Quando &amp;não usar</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <source>Discard your changes to this template?</source>
            <translation>Descartar as suas alterações neste modelo?</translation>
        </message>
        <message>
            <source>Steps, in the order they are asked</source>
            <translation>Passos, na ordem em que são perguntados</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Adicionar passo</translation>
        </message>
        <message>
            <source>Add a step after the chosen one</source>
            <translation>Adicionar um passo depois do escolhido</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Remove the chosen step</source>
            <translation>Remover o passo escolhido</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move the chosen step up</source>
            <translation>Subir o passo escolhido</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Descer</translation>
        </message>
        <message>
            <source>Move the chosen step down</source>
            <translation>Descer o passo escolhido</translation>
        </message>
        <message>
            <source>The chosen step</source>
            <translation>O passo escolhido</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>Tipo de passo</translation>
        </message>
        <message>
            <source>Question of the step</source>
            <translation>Pergunta do passo</translation>
        </message>
        <message>
            <source>Help text under the question</source>
            <translation>Texto de ajuda abaixo da pergunta</translation>
        </message>
        <message>
            <source>About the event itself</source>
            <translation>Sobre o próprio acontecimento</translation>
        </message>
        <message>
            <source>This step is about the event itself</source>
            <translation>Este passo é sobre o próprio acontecimento</translation>
        </message>
        <message>
            <source>Steps about the event itself can be left out when a debrief starts.</source>
            <translation>Os passos sobre o próprio acontecimento podem ficar de fora quando um balanço começa.</translation>
        </message>
        <message>
            <source>What 0 means on the rating</source>
            <translation>O que 0 significa na avaliação</translation>
        </message>
        <message>
            <source>What 10 means on the rating</source>
            <translation>O que 10 significa na avaliação</translation>
        </message>
        <message>
            <source>What &amp;0 means</source>
            <translation>O que &amp;0 significa</translation>
        </message>
        <message>
            <source>What 1&amp;0 means</source>
            <translation>O que 1&amp;0 significa</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>Per&amp;gunta</translation>
        </message>
        <message>
            <source>Help te&amp;xt</source>
            <translation>Te&amp;xto de ajuda</translation>
        </message>
        <message>
            <source>Options to choose from</source>
            <translation>Opções para escolher</translation>
        </message>
        <message>
            <source>Double-click an option, or press F2, to change it</source>
            <translation>Clique duas vezes numa opção, ou pressione F2, para mudá-la</translation>
        </message>
        <message>
            <source>A new option</source>
            <translation>Uma nova opção</translation>
        </message>
        <message>
            <source>Text of a new option</source>
            <translation>Texto de uma nova opção</translation>
        </message>
        <message>
            <source>Add &amp;option</source>
            <translation>Adicionar &amp;opção</translation>
        </message>
        <message>
            <source>Add the new option</source>
            <translation>Adicionar a nova opção</translation>
        </message>
        <message>
            <source>Remove o&amp;ption</source>
            <translation>E&amp;liminar opção</translation>
        </message>
        <message>
            <source>Remove the chosen option</source>
            <translation>Remover a opção escolhida</translation>
        </message>
        <message>
            <source>Op&amp;tions</source>
            <translation>Opçõ&amp;es</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(ainda sem pergunta)</translation>
        </message>
        <message>
            <source>{kind} · about the event</source>
            <translation>{kind} · sobre o acontecimento</translation>
        </message>
        <message>
            <source>{number}. {question}
{kind}</source>
            <translation>{number}. {question}
{kind}</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Passo {number}</translation>
        </message>
    </context>
    <context>
        <name>TemplateErrors</name>
        <message>
            <source>template id</source>
            <translation>id do modelo</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>versão do formato</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>finalidade</translation>
        </message>
        <message>
            <source>when it helps</source>
            <translation>quando ajuda</translation>
        </message>
        <message>
            <source>when not to use it</source>
            <translation>quando não usar</translation>
        </message>
        <message>
            <source>ask about the event by default</source>
            <translation>perguntar sobre o acontecimento por padrão</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>passos</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>question</source>
            <translation>pergunta</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>texto de ajuda</translation>
        </message>
        <message>
            <source>about the event</source>
            <translation>sobre o acontecimento</translation>
        </message>
        <message>
            <source>about another person's feelings</source>
            <translation>sobre o que outra pessoa sente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opções</translation>
        </message>
        <message>
            <source>what 0 means</source>
            <translation>o que 0 significa</translation>
        </message>
        <message>
            <source>what 10 means</source>
            <translation>o que 10 significa</translation>
        </message>
        <message>
            <source>label</source>
            <translation>rótulo</translation>
        </message>
        <message>
            <source>the template</source>
            <translation>o modelo</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>passo {number}</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>opção {number}</translation>
        </message>
        <message>
            <source>{field} in {language}</source>
            <translation>{field} em {language}</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>a list in square brackets [ ]</source>
            <translation>uma lista entre colchetes [ ]</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>um texto entre aspas</translation>
        </message>
        <message>
            <source>a group of fields in braces { }</source>
            <translation>um grupo de campos entre chaves { }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>text in quotes, or one text per language in braces { }</source>
            <translation>um texto entre aspas, ou um texto por idioma entre chaves { }</translation>
        </message>
        <message>
            <source>This is not a template file: it is not valid JSON (the first problem is on line {line}, column {column}).</source>
            <translation>Isto não é um arquivo de modelo: não é um JSON válido (o primeiro problema está na linha {line}, coluna {column}).</translation>
        </message>
        <message>
            <source>This file is larger than {limit} KB, too large to be a template.</source>
            <translation>Este arquivo tem mais de {limit} KB, grande demais para ser um modelo.</translation>
        </message>
        <message>
            <source>This template uses format version {value}, and this app reads version 1. It may come from a newer version of Wellbeing Desk.</source>
            <translation>Este modelo usa a versão {value} do formato, e este aplicativo lê a versão 1. Ele pode vir de uma versão mais recente do Wellbeing Desk.</translation>
        </message>
        <message>
            <source>{where}: this must be {expected}.</source>
            <translation>{where}: aqui deve haver {expected}.</translation>
        </message>
        <message>
            <source>{where}: this is missing.</source>
            <translation>{where}: isto está faltando.</translation>
        </message>
        <message>
            <source>{where}: templates have no field with this name. Check the spelling.</source>
            <translation>{where}: os modelos não têm nenhum campo com este nome. Confira a grafia.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a kind of step. The kinds are: {kinds}.</source>
            <translation>{where}: “{value}” não é um tipo de passo. Os tipos são: {kinds}.</translation>
        </message>
        <message>
            <source>{where}: this is empty.</source>
            <translation>{where}: isto está vazio.</translation>
        </message>
        <message>
            <source>{where}: this is longer than {characters}.</source>
            <translation>{where}: isto tem mais de {characters}.</translation>
        </message>
        <message>
            <source>{where}: there are more than {limit}.</source>
            <translation>{where}: há mais de {limit}.</translation>
        </message>
        <message>
            <source>{where}: at least {limit} are needed.</source>
            <translation>{where}: são necessários pelo menos {limit}.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a valid id. Use lowercase letters, digits and single hyphens.</source>
            <translation>{where}: “{value}” não é um id válido. Use letras minúsculas, algarismos e hifens simples.</translation>
        </message>
        <message>
            <source>{where}: the id “{value}” is used twice.</source>
            <translation>{where}: o id “{value}” é usado duas vezes.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a language code.</source>
            <translation>{where}: “{value}” não é um código de idioma.</translation>
        </message>
        <message>
            <source>{where}: this does not belong in a step of this kind.</source>
            <translation>{where}: isto não cabe num passo deste tipo.</translation>
        </message>
        <message>
            <source>This template cannot be used: it has a problem.</source>
            <translation>Este modelo não pode ser usado: ele tem um problema.</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message>
            <source>Debrief templates</source>
            <translation>Modelos de balanço</translation>
        </message>
        <message>
            <source>A template is the list of steps a debrief walks you through. The built-in ones cannot be changed, but you can duplicate one and make the copy yours, write your own, or share templates as files.</source>
            <translation>Um modelo é a lista de passos que um balanço percorre com você. Os que já vêm incluídos não podem ser alterados, mas você pode duplicar um e tornar a cópia sua, escrever os seus próprios ou compartilhar modelos como arquivos.</translation>
        </message>
        <message>
            <source>Templates: built in, then yours</source>
            <translation>Modelos: os incluídos e depois os seus</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit the chosen template</source>
            <translation>Editar o modelo escolhido</translation>
        </message>
        <message>
            <source>&amp;Duplicate to edit</source>
            <translation>&amp;Duplicar para editar</translation>
        </message>
        <message>
            <source>Make an editable copy of the chosen template</source>
            <translation>Fazer uma cópia editável do modelo escolhido</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Apagar…</translation>
        </message>
        <message>
            <source>Delete the chosen template</source>
            <translation>Apagar o modelo escolhido</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the chosen template to a file</source>
            <translation>Salvar o modelo escolhido num arquivo</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Novo modelo…</translation>
        </message>
        <message>
            <source>Write a new template of your own</source>
            <translation>Escrever um novo modelo seu</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import a template from a file</source>
            <translation>Importar um modelo de um arquivo</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <source>Close the templates</source>
            <translation>Fechar os modelos</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Incluídos</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Seus</translation>
        </message>
        <message>
            <source>{title} (built in)</source>
            <translation>{title} (incluído)</translation>
        </message>
        <message>
            <source>None yet: duplicate one, or write a new one.</source>
            <translation>Nenhum ainda: duplique um ou escreva um novo.</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Choose a template to see what it is for.</source>
            <translation>Escolha um modelo para ver para que serve.</translation>
        </message>
        <message numerus="yes">
            <source>Yours · %n steps</source>
            <translation>
                <numerusform>Seu · %n passo</numerusform>
                <numerusform>Seu · %n passos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Built in, read-only · %n steps</source>
            <translation>
                <numerusform>Incluído, só leitura · %n passo</numerusform>
                <numerusform>Incluído, só leitura · %n passos</numerusform>
            </translation>
        </message>
        <message>
            <source>When it helps: {text}</source>
            <translation>Quando ajuda: {text}</translation>
        </message>
        <message>
            <source>When not to use it: {text}</source>
            <translation>Quando não usar: {text}</translation>
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation>{number}. {question}</translation>
        </message>
        <message>
            <source>The steps:</source>
            <translation>Os passos:</translation>
        </message>
        <message>
            <source>About the chosen template</source>
            <translation>Sobre o modelo escolhido</translation>
        </message>
        <message>
            <source>(my copy)</source>
            <translation>(minha cópia)</translation>
        </message>
        <message>
            <source>“{title}” is now one of yours, ready to edit.</source>
            <translation>“{title}” agora é um dos seus, pronto para editar.</translation>
        </message>
        <message>
            <source>“{title}” was saved.</source>
            <translation>“{title}” foi salvo.</translation>
        </message>
        <message>
            <source>This template was deleted in the meantime. Nothing was saved.</source>
            <translation>Este modelo foi apagado nesse meio-tempo. Nada foi salvo.</translation>
        </message>
        <message>
            <source>The template could not be saved: it is too long, or another of your templates has the same id. Nothing was saved.</source>
            <translation>Não foi possível salvar o modelo: ele é longo demais, ou outro dos seus modelos tem o mesmo id. Nada foi salvo.</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>Apagar este modelo?</translation>
        </message>
        <message>
            <source>Delete the template “{title}”? Debriefs you already started with it keep their own copy of its steps.</source>
            <translation>Apagar o modelo “{title}”? Os balanços que você já começou com ele mantêm a própria cópia dos passos.</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>“{title}” foi apagado.</translation>
        </message>
        <message>
            <source>Export the template “{title}”</source>
            <translation>Exportar o modelo “{title}”</translation>
        </message>
        <message>
            <source>Debrief templates (*.json)</source>
            <translation>Modelos de balanço (*.json)</translation>
        </message>
        <message>
            <source>“{title}” was saved to {file}.</source>
            <translation>“{title}” foi salvo em {file}.</translation>
        </message>
        <message>
            <source>The template was not exported</source>
            <translation>O modelo não foi exportado</translation>
        </message>
        <message>
            <source>Choose a template file to import</source>
            <translation>Escolha um arquivo de modelo para importar</translation>
        </message>
        <message>
            <source>Debrief templates (*.json);;All files (*)</source>
            <translation>Modelos de balanço (*.json);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>(imported)</source>
            <translation>(importado)</translation>
        </message>
        <message>
            <source>“{title}” was imported.</source>
            <translation>“{title}” foi importado.</translation>
        </message>
        <message>
            <source>A template with the id “{id}” was already here, so this one was imported as a copy: “{title}”.</source>
            <translation>Já havia um modelo com o id “{id}”, então este foi importado como cópia: “{title}”.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>“{file}” cannot be used as a template, so nothing was imported.

{problem}</source>
            <translation>“{file}” não pode ser usado como modelo, então nada foi importado.

{problem}</translation>
        </message>
        <message>
            <source>“{file}” is a folder. Choose a file instead.</source>
            <translation>“{file}” é uma pasta. Escolha um arquivo.</translation>
        </message>
        <message>
            <source>You are not allowed to write “{file}” there. Choose another folder.</source>
            <translation>Você não tem permissão para gravar “{file}” aí. Escolha outra pasta.</translation>
        </message>
        <message>
            <source>You are not allowed to read “{file}”. Nothing was imported.</source>
            <translation>Você não tem permissão para ler “{file}”. Nada foi importado.</translation>
        </message>
        <message>
            <source>“{file}” is not an ordinary file. Choose a template file (.json). Nothing was imported.</source>
            <translation>“{file}” não é um arquivo comum. Escolha um arquivo de modelo (.json). Nada foi importado.</translation>
        </message>
        <message>
            <source>“{file}” could not be found. It may have been moved or deleted. Nothing was imported.</source>
            <translation>“{file}” não foi encontrado. Talvez tenha sido movido ou apagado. Nada foi importado.</translation>
        </message>
        <message>
            <source>“{file}” could not be written. Check that the folder exists and that there is space on the disk.</source>
            <translation>Não foi possível gravar “{file}”. Confira se a pasta existe e se há espaço no disco.</translation>
        </message>
        <message>
            <source>“{file}” could not be read. Nothing was imported.</source>
            <translation>Não foi possível ler “{file}”. Nada foi importado.</translation>
        </message>
        <message>
            <source>“{file}” could not be stored: the template is too long. Nothing was imported.</source>
            <translation>Não foi possível guardar “{file}”: o modelo é longo demais. Nada foi importado.</translation>
        </message>
    </context>
    <context>
        <name>TemplateNames</name>
        <message>
            <source>Free text</source>
            <translation>Texto livre</translation>
        </message>
        <message>
            <source>Rating from 0 to 10</source>
            <translation>Avaliação de 0 a 10</translation>
        </message>
        <message>
            <source>Checklist (tick any)</source>
            <translation>Lista (marque quantas quiser)</translation>
        </message>
        <message>
            <source>Single choice (pick one)</source>
            <translation>Escolha única (escolha uma)</translation>
        </message>
        <message>
            <source>People to reach</source>
            <translation>Pessoas a quem recorrer</translation>
        </message>
        <message>
            <source>Follow-up actions with dates</source>
            <translation>Ações de acompanhamento com datas</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglês</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espanhol</translation>
        </message>
        <message>
            <source>French</source>
            <translation>francês</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>português</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Your answer</source>
            <translation>A sua resposta</translation>
        </message>
        <message>
            <source>Write as much or as little as you like, or skip this question.</source>
            <translation>Escreva quanto quiser, muito ou pouco, ou pule esta pergunta.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Write more</source>
            <translation>Escrever mais</translation>
        </message>
        <message>
            <source>A full entry has room for sleep, energy, warning signs and your own words.</source>
            <translation>Um registro completo tem espaço para o sono, a energia, os sinais de alerta e as suas próprias palavras.</translation>
        </message>
        <message>
            <source>&amp;Write a full entry</source>
            <translation>Escrever um registro &amp;completo</translation>
        </message>
        <message>
            <source>Write a full entry</source>
            <translation>Escrever um registro completo</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>&amp;Falar com alguém</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Falar com alguém agora</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support, with their numbers ({keys})</source>
            <translation>As suas pessoas para emergências e, depois, o apoio, com os números ({keys})</translation>
        </message>
        <message>
            <source>Write a full entry (Ctrl+N)</source>
            <translation>Escrever um registro completo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Who would you reach in a hard moment? Add two or three people now, so their numbers are here even with no internet.</source>
            <translation>A quem você recorreria num momento difícil? Adicione duas ou três pessoas: os números ficam aqui mesmo sem internet.</translation>
        </message>
        <message>
            <source>&amp;Add my people</source>
            <translation>&amp;Adicionar pessoas</translation>
        </message>
        <message>
            <source>Add the people you would reach in an emergency</source>
            <translation>Adicionar as pessoas a quem você recorreria numa emergência</translation>
        </message>
        <message>
            <source>Do not remind me again</source>
            <translation>Não lembrar de novo</translation>
        </message>
        <message>
            <source>&amp;Continue your unsaved entry</source>
            <translation>&amp;Continuar o registro não salvo</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar o seu registro não salvo</translation>
        </message>
    </context>
    <context>
        <name>TrashRow</name>
        <message>
            <source>Started and moved to the trash {date}</source>
            <translation>Iniciado e movido para a lixeira em {date}</translation>
        </message>
        <message>
            <source>Started {started} · moved to the trash {trashed}</source>
            <translation>Iniciado em {started} · movido para a lixeira em {trashed}</translation>
        </message>
        <message>
            <source>Started {started}, moved to the trash {trashed}</source>
            <translation>Iniciado em {started}, movido para a lixeira em {trashed}</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore “{title}” from {date}</source>
            <translation>Restaurar “{title}” de {date}</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>Lixeira</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash. Restore one to bring it back to your debriefs. Emptying the trash removes them for good.</source>
            <translation>Balanços que você moveu para a lixeira. Restaure um para trazê-lo de volta aos seus balanços. Esvaziar a lixeira os apaga de vez.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>A lixeira está vazia.</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Esvaziar a lixeira…</translation>
        </message>
        <message>
            <source>Empty the trash: remove these debriefs for good</source>
            <translation>Esvaziar a lixeira: apagar estes balanços de vez</translation>
        </message>
        <message>
            <source>&amp;Back to your debriefs</source>
            <translation>&amp;Voltar aos seus balanços</translation>
        </message>
        <message>
            <source>Back to your debriefs</source>
            <translation>Voltar aos seus balanços</translation>
        </message>
        <message>
            <source>Back to your debriefs (Esc)</source>
            <translation>Voltar aos seus balanços (Esc)</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>Cada dia</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>Média de 7 dias</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Olá de novo</translation>
        </message>
        <message>
            <source>Wellbeing Desk is locked. Enter your passphrase to open your vault.</source>
            <translation>O Wellbeing Desk está bloqueado. Digite a sua frase secreta para abrir o seu cofre.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Unlocking… this takes a moment.</source>
            <translation>Desbloqueando… isso leva um momento.</translation>
        </message>
        <message>
            <source>&amp;Need help now?</source>
            <translation>Precisa de &amp;ajuda agora?</translation>
        </message>
        <message>
            <source>Need help now? Public lines and grounding</source>
            <translation>Precisa de ajuda agora? Linhas públicas e ancoragem</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour, and breathing and grounding (Ctrl+G)</source>
            <translation>Linhas públicas que atendem a qualquer hora, e respiração e ancoragem (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>VaultBanner</name>
        <message>
            <source>Check the vault</source>
            <translation>Verificar o cofre</translation>
        </message>
        <message>
            <source>Check the vault for damage</source>
            <translation>Verificar se o cofre tem danos</translation>
        </message>
        <message>
            <source>Reads every part of the vault and reports damage; changes nothing</source>
            <translation>Lê cada parte do cofre e informa os danos; não altera nada</translation>
        </message>
        <message>
            <source>Read-only here</source>
            <translation>Só leitura aqui</translation>
        </message>
        <message>
            <source>This vault is read-only here: it is on a write-protected drive or in a folder you cannot change. You can read, search and export everything, but changes can't be saved. Nothing is wrong with the vault. To make changes, copy the vault folder to a place you can write and open it there.</source>
            <translation>Este cofre está em modo só leitura aqui: ele está numa unidade protegida contra gravação ou numa pasta que você não pode alterar. Você pode ler, buscar e exportar tudo, mas as alterações não podem ser salvas. Não há nada de errado com o cofre. Para fazer alterações, copie a pasta do cofre para um lugar onde você possa gravar e abra-o lá.</translation>
        </message>
        <message>
            <source>Damage found: open read-only</source>
            <translation>Danos encontrados: aberto em só leitura</translation>
        </message>
        <message>
            <source>Wellbeing Desk found damage in this vault, so it is open read-only: changes can't be saved until a check passes. You can still read and export what is readable. Check it here, or with “wellbeing-desk-cli check”. If the check finds damage, restore your most recent backup copy of the vault folder.</source>
            <translation>O Wellbeing Desk encontrou danos neste cofre, então ele está aberto em modo só leitura: as alterações não podem ser salvas até que uma verificação dê certo. Você ainda pode ler e exportar o que for legível. Verifique aqui ou com “wellbeing-desk-cli check”. Se a verificação encontrar danos, restaure a sua cópia de segurança mais recente da pasta do cofre.</translation>
        </message>
        <message>
            <source>The check found no damage. Lock and unlock Wellbeing Desk to save changes again.</source>
            <translation>A verificação não encontrou danos. Bloqueie e desbloqueie o Wellbeing Desk para voltar a salvar alterações.</translation>
        </message>
        <message>
            <source>The check found damage. Restore your most recent backup copy of the vault folder; until then nothing is saved to this one.</source>
            <translation>A verificação encontrou danos. Restaure a sua cópia de segurança mais recente da pasta do cofre; até lá, nada é salvo neste.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeys</name>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>&amp;Esqueceu a frase secreta?</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use a recovery code</source>
            <translation>Esqueceu a sua frase secreta? Use um código de recuperação</translation>
        </message>
        <message>
            <source>Your vault</source>
            <translation>O seu cofre</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>A sua frase secreta foi alterada. Use a nova a partir de agora.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Essa não é a sua frase secreta atual. Nada foi alterado.</translation>
        </message>
        <message>
            <source>A new recovery code replaces the one you have: the old code stops working. Anyone with the new code can open your vault. Confirm with your passphrase.</source>
            <translation>Um novo código de recuperação substitui o que você tem: o código antigo deixa de funcionar. Qualquer pessoa com o novo código pode abrir o seu cofre. Confirme com a sua frase secreta.</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone with the code can open your vault. Confirm with your passphrase.</source>
            <translation>Um código de recuperação permite definir uma nova frase secreta se você esquecer a sua. Qualquer pessoa com o código pode abrir o seu cofre. Confirme com a sua frase secreta.</translation>
        </message>
        <message>
            <source>Removing the recovery code means only your passphrase opens this vault. The code you wrote down stops working. Confirm with your passphrase.</source>
            <translation>Remover o código de recuperação significa que só a sua frase secreta abre este cofre. O código que você anotou deixa de funcionar. Confirme com a sua frase secreta.</translation>
        </message>
        <message>
            <source>The recovery code was removed. It no longer opens this vault.</source>
            <translation>O código de recuperação foi removido. Ele não abre mais este cofre.</translation>
        </message>
        <message>
            <source>The vault was destroyed</source>
            <translation>O cofre foi destruído</translation>
        </message>
        <message>
            <source>The vault was not destroyed</source>
            <translation>O cofre não foi destruído</translation>
        </message>
        <message>
            <source>Your new passphrase is set. Unlock with it now, while it is fresh.</source>
            <translation>A sua nova frase secreta está definida. Desbloqueie com ela agora, enquanto ela está fresca na memória.</translation>
        </message>
        <message>
            <source>Working… this takes a moment.</source>
            <translation>Trabalhando… isso leva um momento.</translation>
        </message>
        <message>
            <source>That is not your passphrase. Nothing was changed.</source>
            <translation>Essa não é a sua frase secreta. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This vault has no recovery code, so a code cannot open it. Nothing was changed.</source>
            <translation>Este cofre não tem código de recuperação, então nenhum código pode abri-lo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This code does not open this vault. Compare it with the code you wrote down. Nothing was changed.</source>
            <translation>Este código não abre este cofre. Compare com o código que você anotou. Nada foi alterado.</translation>
        </message>
        <message>
            <source>This code has a typo. Compare it with the code you wrote down.</source>
            <translation>Este código tem um erro de digitação. Compare com o código que você anotou.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeysSection</name>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Mudar a frase secreta…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Alterar a frase secreta</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone who has it can open your vault.</source>
            <translation>Um código de recuperação permite definir uma nova frase secreta se você esquecer a sua. Qualquer pessoa que o tenha pode abrir o seu cofre.</translation>
        </message>
        <message>
            <source>&amp;Remove the recovery code…</source>
            <translation>&amp;Remover o código de recuperação…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Remover o código de recuperação</translation>
        </message>
        <message>
            <source>Destroying the vault makes everything in it unreadable, for good. Backups and copies elsewhere are not reached.</source>
            <translation>Destruir o cofre torna ilegível tudo o que há nele, para sempre. As cópias de segurança e as cópias em outros lugares não são atingidas.</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault…</source>
            <translation>&amp;Destruir este cofre…</translation>
        </message>
        <message>
            <source>Destroy this vault</source>
            <translation>Destruir este cofre</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperação</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Destruir</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>Este cofre tem um código de recuperação.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>Este cofre não tem código de recuperação.</translation>
        </message>
        <message>
            <source>Re&amp;place the recovery code…</source>
            <translation>&amp;Substituir o código de recuperação…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Substituir o código de recuperação</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;Adicionar um código de recuperação…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Adicionar um código de recuperação</translation>
        </message>
    </context>
    <context>
        <name>VersionsPane</name>
        <message>
            <source>This was changed on two of your devices before they synced, so both versions were kept. Nothing is lost. Which one do you want to keep?</source>
            <translation>Isto foi alterado em dois dos seus dispositivos antes de eles sincronizarem, então as duas versões foram mantidas. Nada se perdeu. Com qual você quer ficar?</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Nada escrito aqui.</translation>
        </message>
        <message>
            <source>The version in place now</source>
            <translation>A versão atual</translation>
        </message>
        <message>
            <source>The other version, kept as a copy</source>
            <translation>A outra versão, mantida como cópia</translation>
        </message>
        <message>
            <source>&amp;Keep this one</source>
            <translation>Ficar com &amp;esta</translation>
        </message>
        <message>
            <source>Keep the version in place now; the other version goes to the trash</source>
            <translation>Ficar com a versão atual; a outra versão vai para a lixeira</translation>
        </message>
        <message>
            <source>Keep the &amp;other one</source>
            <translation>Ficar com a &amp;outra</translation>
        </message>
        <message>
            <source>Keep the other version: its text replaces the version in place now</source>
            <translation>Ficar com a outra versão: o texto dela substitui a versão atual</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Ficar com as &amp;duas</translation>
        </message>
        <message>
            <source>Keep both versions: the other one stays on its own, beside this one</source>
            <translation>Ficar com as duas versões: a outra fica separada, ao lado desta</translation>
        </message>
        <message>
            <source>The version in place &amp;now</source>
            <translation>A versão &amp;atual</translation>
        </message>
        <message>
            <source>The other &amp;version, kept as a copy</source>
            <translation>A outra &amp;versão, mantida como cópia</translation>
        </message>
        <message>
            <source>Either way nothing is lost: “Keep this one” moves the other version to the trash, and “Keep the other one” puts its text in place of this one and moves this one's text to the trash. You can restore from the trash.</source>
            <translation>De qualquer forma, nada se perde: “Ficar com esta” move a outra versão para a lixeira, e “Ficar com a outra” coloca o texto dela no lugar deste e move o texto desta para a lixeira. Você pode restaurar a partir da lixeira.</translation>
        </message>
    </context>
    <context>
        <name>WarningSignTable</name>
        <message>
            <source>Warning sign</source>
            <translation>Sinal de alerta</translation>
        </message>
        <message>
            <source>Days you noted it</source>
            <translation>Dias em que você o anotou</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estresse</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Humor</translation>
        </message>
        <message>
            <source>Did most often</source>
            <translation>O que mais fiz</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format of a week's Monday</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>{activity} ({count}×)</source>
            <translation>{activity} ({count}×)</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Uma atividade que você removeu</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana de {date}</translation>
        </message>
    </context>
    <context>
        <name>WindowTitles</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Notes — Locked</source>
            <translation>Notas — Bloqueado</translation>
        </message>
        <message>
            <source>Wellbeing Desk — Locked</source>
            <translation>Wellbeing Desk — Bloqueado</translation>
        </message>
        <message>
            <source>Notes — read-only</source>
            <translation>Notas — só leitura</translation>
        </message>
        <message>
            <source>Wellbeing Desk — read-only</source>
            <translation>Wellbeing Desk — só leitura</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>Wellbeing Desk help</source>
            <translation>Ajuda do Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <source>Help and keyboard shortcuts</source>
            <translation>Ajuda e atalhos de teclado</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Lock Wellbeing Desk</source>
            <translation>Bloquear o Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close the vault now</source>
            <translation>Fechar o cofre agora</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diário</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Balanço</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Diretório</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>A quick daily check-in arrives in a coming version. Take a breath; there is nothing you need to do here yet.</source>
            <translation>Um registro do dia rápido chega numa próxima versão. Respire; por enquanto não há nada que você precise fazer aqui.</translation>
        </message>
        <message>
            <source>The journal arrives in a coming version.</source>
            <translation>O diário chega numa próxima versão.</translation>
        </message>
        <message>
            <source>The guided debrief arrives in a coming version. Every step will be optional.</source>
            <translation>O balanço guiado chega numa próxima versão. Cada passo será opcional.</translation>
        </message>
        <message>
            <source>The directory of support contacts arrives in a coming version.</source>
            <translation>O diretório de contatos de apoio chega numa próxima versão.</translation>
        </message>
    </context>
    <context>
        <name>_Counted</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n caractere</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Table</name>
        <message>
            <source>Select the whole table</source>
            <translation>Selecionar a tabela inteira</translation>
        </message>
    </context>
</TS>